import type { Contact, StekFunction } from '$lib/domain/contact.schema';
import { workdayOf } from './demo-dates';
import { demoHelpRequest } from './demo-help-requests';
import type { Population } from './demo-population';
import { demoContactNotes } from './demo-texts';
import type { Random } from './prng';

const places = [
	['act-sociale-kruidenier', 30],
	['act-huisbezoek', 14],
	['act-contact-op-straat', 14],
	['act-individueel-gesprek', 10],
	['act-telefonisch', 9],
	['act-sociale-dienst', 5],
	['act-huis-van-het-kind', 4],
	['act-welzijnsschakel', 4],
	['act-inreach', 3],
	['act-stoepbezoek', 2],
	['act-digipunt', 3],
	['act-soep-met-babbels', 2]
] as const;

const functions = [
	[null, 20],
	['ontmoeten', 30],
	['leren', 10],
	['verwijzen', 30],
	['politiseren', 10]
] as const satisfies readonly (readonly [StekFunction | null, number])[];

function contact(random: Random, date: string, personId: string | null): Contact {
	const requestCount = random.chance(0.5) ? (random.chance(0.85) ? 1 : 2) : 0;
	return {
		id: random.uuid(),
		date,
		personId,
		activityId: random.weighted(places),
		function: random.weighted(functions),
		note: random.pick(demoContactNotes),
		helpRequests: Array.from({ length: requestCount }, () => demoHelpRequest(random, date))
	};
}

/**
 * A year's contacts: each newcomer's first contact on the day they came, then contacts
 * with people already known (regulars more often) and about 8 % with anonymous people.
 */
export function demoContacts(
	random: Random,
	population: Population,
	year: number,
	perYear: number
): Contact[] {
	const contacts: Contact[] = [];
	for (const { person, since } of population.newcomers.get(year) ?? [])
		contacts.push(contact(random, since, person.id));
	while (contacts.length < perYear) {
		const date = workdayOf(year, random.next());
		const person = random.chance(0.08) ? undefined : population.pickOn(random, date);
		contacts.push(contact(random, date, person?.id ?? null));
	}
	return contacts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
