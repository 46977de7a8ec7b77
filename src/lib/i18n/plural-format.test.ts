import { describe, expect, it } from 'vitest';
import { formatPlurals } from './plural-format';
import { translate } from './messages';

describe('formatPlurals', () => {
	const template = '{count, plural, one {# ronde} other {# rondes}} in {area}';

	it('chooses the singular for one and the plural otherwise, by the language rules', () => {
		expect(formatPlurals(template, 'nl', { count: 1 })).toBe('1 ronde in {area}');
		expect(formatPlurals(template, 'nl', { count: 0 })).toBe('0 rondes in {area}');
		expect(formatPlurals(template, 'nl', { count: 7 })).toBe('7 rondes in {area}');
	});

	it('prefers an exact =0 variant and keeps inner placeholders', () => {
		const text = '{n, plural, =0 {geen} one {# bij {who}} other {# bij {who}}}';
		expect(formatPlurals(text, 'nl', { n: 0 })).toBe('geen');
		expect(formatPlurals(text, 'nl', { n: 1 })).toBe('1 bij {who}');
	});

	it('is applied by translate, so a catalog message reads "1 bijeenkomst"', () => {
		expect(translate('nl', 'activities.showAll', { count: 1 })).not.toMatch(/1 bijeenkomsten/);
	});
});
