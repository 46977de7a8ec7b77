import type { Person } from '$lib/domain/person.schema';
import { addDays, workdayOf } from './demo-dates';
import { demoPerson, type DemoPerson } from './demo-persons';
import type { Random } from './prng';

/** Everyone in the demo, ordered by the date from which they may appear in records. */
export class Population {
	readonly members: readonly DemoPerson[];
	/** The newcomers of each year: their first contact is generated on their `since` date. */
	readonly newcomers: ReadonlyMap<number, readonly DemoPerson[]>;

	constructor(members: DemoPerson[], newcomers: Map<number, DemoPerson[]>) {
		this.members = [...members].sort((a, b) =>
			a.since < b.since ? -1 : a.since > b.since ? 1 : 0
		);
		this.newcomers = newcomers;
	}

	/** How many members may appear on `date` (they form a prefix of `members`). */
	availableOn(date: string): number {
		let low = 0;
		let high = this.members.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((this.members[middle]?.since ?? '') <= date) low = middle + 1;
			else high = middle;
		}
		return low;
	}

	/** Someone who may appear on `date`; every fifth member is a regular, seen more often. */
	pickOn(random: Random, date: string): Person | undefined {
		const available = this.availableOn(date);
		const regular = random.chance(0.4) && available >= 5;
		const index = regular
			? 5 * Math.floor(random.next() * Math.floor(available / 5))
			: Math.floor(random.next() * available);
		return this.members[index]?.person;
	}
}

/**
 * People known before the first year (with an earlier `firstContact`) plus newcomers each
 * year, sized from the contacts per year the way the seed's figures relate (~30 % new).
 */
export function buildPopulation(
	random: Random,
	startYear: number,
	years: number,
	contactsPerYear: number
): Population {
	const start = `${startYear}-01-01`;
	const members: DemoPerson[] = [];
	for (let i = 0; i < Math.round(contactsPerYear * 0.45); i += 1)
		members.push(demoPerson(random, start, addDays(start, -random.int(30, 2_500))));
	const newcomers = new Map<number, DemoPerson[]>();
	for (let year = startYear; year < startYear + years; year += 1) {
		const ofYear: DemoPerson[] = [];
		for (let i = 0; i < Math.round(contactsPerYear * 0.3); i += 1) {
			const since = workdayOf(year, random.next());
			ofYear.push(demoPerson(random, since, random.chance(0.3) ? since : null));
		}
		newcomers.set(year, ofYear);
		members.push(...ofYear);
	}
	return new Population(members, newcomers);
}
