import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { editDistance, likelyDuplicates, withNearMatches } from './person-duplicates';

const person = (id: string, alias: string): Person => ({
	id,
	alias,
	notes: '',
	firstContact: null,
	...unknownProfile
});

const persons = [person('a', 'Émile Dubois'), person('b', 'Fatima'), person('c', 'JD')];

describe('likelyDuplicates', () => {
	it('finds accent, case and spacing variants of an alias', () => {
		expect(likelyDuplicates('emile dubois', persons).map((p) => p.id)).toEqual(['a']);
		expect(likelyDuplicates('EMILE  DUBOIS', persons).map((p) => p.id)).toEqual(['a']);
		expect(likelyDuplicates('ÉmileDubois', persons).map((p) => p.id)).toEqual(['a']);
		expect(likelyDuplicates('fátíma', persons).map((p) => p.id)).toEqual(['b']);
	});

	it('finds near matches: a typo or swapped letters', () => {
		expect(likelyDuplicates('Emiel Dubois', persons).map((p) => p.id)).toEqual(['a']);
		expect(likelyDuplicates('Fatma', persons).map((p) => p.id)).toEqual(['b']);
	});

	it('does not call short different initials the same person', () => {
		expect(likelyDuplicates('JK', persons)).toEqual([]);
		expect(likelyDuplicates('jd', persons).map((p) => p.id)).toEqual(['c']);
		expect(likelyDuplicates('', persons)).toEqual([]);
	});

	it('finds any alias again whatever its case and accents', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z]{1,12}( [a-z]{1,8})?$/), (alias) => {
				const stored = [person('x', alias)];
				const variant = alias.toUpperCase().replace(/E/g, 'É').replace(/ /g, '   ');
				expect(likelyDuplicates(variant, stored).map((p) => p.id)).toEqual(['x']);
			})
		);
	});
});

describe('editDistance', () => {
	it('counts edits and a swap of neighbours as one', () => {
		expect(editDistance('fatima', 'fatma', 2)).toBe(1);
		expect(editDistance('emile', 'emiel', 2)).toBe(1);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
	});
});

describe('withNearMatches', () => {
	it('keeps the search results first and adds the near matches they missed, once', () => {
		const found = [persons[1]!];
		expect(withNearMatches(found, 'Fatma', persons).map((p) => p.id)).toEqual(['b']);
		expect(withNearMatches([], 'Emiel Dubois', persons).map((p) => p.id)).toEqual(['a']);
		expect(withNearMatches(found, 'Emiel Dubois', persons).map((p) => p.id)).toEqual(['b', 'a']);
	});
});
