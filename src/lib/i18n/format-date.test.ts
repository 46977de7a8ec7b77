import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
	it('writes a stored date the Belgian Dutch way, with the weekday by default', () => {
		expect(formatDate('2024-05-14', 'nl')).toMatch(/di.*14 mei 2024/);
	});

	it('writes the long form for reports, in English when asked', () => {
		expect(formatDate('2022-03-01', 'nl', 'long')).toBe('1 maart 2022');
		expect(formatDate('2022-03-01', 'en', 'long')).toBe('1 March 2022');
	});

	it('gives back what it cannot read instead of an invalid date', () => {
		expect(formatDate('geen datum', 'nl')).toBe('geen datum');
	});
});
