import { describe, expect, it } from 'vitest';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { indexPersons, searchKey, searchPersons } from './person-search';

const person = (alias: string): Person => ({
	id: `id-${alias.replace(/\W/g, '')}x`,
	alias,
	notes: '',
	firstContact: null,
	...unknownProfile
});

const index = indexPersons(['Anna B', 'Jo-Anne', 'Émile', 'Hanna', 'Zoë'].map(person));
const aliases = (query: string, limit?: number) =>
	searchPersons(index, query, limit).map((p) => p.alias);

describe('searchPersons', () => {
	it('ranks aliases that start with the query first, then word starts, then the rest', () => {
		expect(aliases('an')).toEqual(['Anna B', 'Jo-Anne', 'Hanna']);
	});

	it('ignores case, accents and extra spaces', () => {
		expect(searchKey('  ÉMILE  ')).toBe('emile');
		expect(aliases('emi')).toEqual(['Émile']);
		expect(aliases('zoe')).toEqual(['Zoë']);
	});

	it('returns everyone for an empty query, and respects the limit', () => {
		expect(aliases('')).toHaveLength(5);
		expect(aliases('a', 2)).toHaveLength(2);
	});

	it('finds nobody for a query nobody matches', () => {
		expect(aliases('xyz')).toEqual([]);
	});
});
