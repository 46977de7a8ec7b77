import { describe, expect, it } from 'vitest';
import { localVoiceFor } from './local-voices';

describe('localVoiceFor', () => {
	const voices = [
		{ name: 'Cloud Arabic', lang: 'ar-SA', localService: false },
		{ name: 'Device Turkish', lang: 'tr_TR', localService: true },
		{ name: 'Device Dutch', lang: 'nl-BE', localService: true },
		{ name: 'Device Dutch default', lang: 'nl-NL', localService: true, default: true }
	];

	it('never offers a voice that is not on the device', () => {
		expect(localVoiceFor(voices, 'ar')).toBeUndefined();
	});

	it('matches the language whatever the region or separator, preferring the default voice', () => {
		expect(localVoiceFor(voices, 'tr')?.name).toBe('Device Turkish');
		expect(localVoiceFor(voices, 'nl')?.name).toBe('Device Dutch default');
	});

	it('offers nothing when there are no voices', () => {
		expect(localVoiceFor([], 'nl')).toBeUndefined();
	});
});
