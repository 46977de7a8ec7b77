import type { Person } from '$lib/domain/person.schema';

/** A search key: lower case, accents dropped, spaces collapsed ("Émile" finds "emile"). */
export function searchKey(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('nl')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Persons with their search key computed once, so each keystroke only compares strings. */
export interface PersonIndexEntry {
	person: Person;
	key: string;
}

/** Builds the search index over the persons (sorted by alias already). */
export function indexPersons(persons: readonly Person[]): PersonIndexEntry[] {
	return persons.map((person) => ({ person, key: searchKey(person.alias) }));
}

/**
 * The persons whose alias contains the query: those starting with it first, then those
 * with a word starting with it, then the rest; each group keeps the alias order.
 */
export function searchPersons(
	index: readonly PersonIndexEntry[],
	query: string,
	limit = Infinity
): Person[] {
	const needle = searchKey(query);
	if (!needle) return index.slice(0, limit).map((entry) => entry.person);
	const ranked: [Person[], Person[], Person[]] = [[], [], []];
	for (const { person, key } of index) {
		const at = key.indexOf(needle);
		if (at < 0) continue;
		const rank = at === 0 ? 0 : /[\s\-.']/.test(key[at - 1] ?? '') ? 1 : 2;
		ranked[rank].push(person);
	}
	return ranked.flat().slice(0, limit);
}
