import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphraseStrength', () => {
	it('calls anything shorter than 12 characters weak', () => {
		expect(passphraseStrength('Ab1!Ab1!Ab1')).toBe('weak');
	});

	it('calls a long repeated character weak', () => {
		expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
	});

	it('calls a sentence of four words strong', () => {
		expect(passphraseStrength('de soep is vandaag lekker warm')).toBe('strong');
	});

	it('calls a mixed 16-character passphrase fair', () => {
		expect(passphraseStrength('Zandberg2022stek')).toBe('fair');
	});
});
