import type { Person } from '$lib/domain/person.schema';
import { searchKey } from './person-search';

/** A comparison key for duplicates: like the search key, without spaces and punctuation. */
export function duplicateKey(alias: string): string {
	return searchKey(alias).replace(/[\s\-.'’_]/g, '');
}

/** Edit distance (insert, delete, substitute, swap two neighbours), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, (before[j - 2] ?? 0) + 1);
			current.push(value);
		}
		if (Math.min(...current) > max) return max + 1;
		[before, previous] = [previous, current];
	}
	return previous[b.length] ?? max + 1;
}

/** How far apart two keys may be and still look like one person: none for short aliases. */
function tolerance(length: number): number {
	if (length >= 8) return 2;
	return length >= 4 ? 1 : 0;
}

/**
 * The persons whose alias looks like `alias`: the same ignoring case, accents, spaces and
 * punctuation first, then near matches (a typo or two, by length). Offered before a new
 * person is made, so one person is not counted twice.
 */
export function likelyDuplicates(alias: string, persons: readonly Person[]): Person[] {
	const key = duplicateKey(alias);
	if (!key) return [];
	const max = tolerance(key.length);
	return persons
		.map((person) => ({ person, distance: editDistance(key, duplicateKey(person.alias), max) }))
		.filter((match) => match.distance <= max)
		.sort((a, b) => a.distance - b.distance)
		.map((match) => match.person);
}

/**
 * The search results followed by the near matches the search missed ("Annna" still finds
 * "Anna"), so a typo in the search box does not lead to a second record of one person.
 */
export function withNearMatches(
	found: readonly Person[],
	query: string,
	persons: readonly Person[]
): Person[] {
	const seen = new Set(found.map((person) => person.id));
	return [...found, ...likelyDuplicates(query, persons).filter((person) => !seen.has(person.id))];
}
