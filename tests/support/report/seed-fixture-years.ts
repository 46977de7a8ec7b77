import { unknownProfile, type Person } from '$lib/domain/person.schema';

/** Adds one contact: date, person (null: anonymous), number of help requests. */
export type AddContact = (date: string, personId: string | null, requests: number) => void;

/** People met only in 2020 (y0–y42), 31 of them known to the social service. */
export const EARLY_PEOPLE = 43;
const EARLY_KNOWN = 31;

/** The people who were met only in 2020. */
export function earlyPeople(): Person[] {
	return Array.from({ length: EARLY_PEOPLE }, (_, i) => ({
		...unknownProfile,
		id: `seed-y${i}`,
		alias: `seed y${i}`,
		notes: '',
		firstContact: null,
		gender: i % 4 === 0 ? 'man' : 'vrouw',
		knownToSocialService: i < EARLY_KNOWN ? 'ja' : 'nee'
	}));
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/**
 * The seed's 2020 and 2021 (table of yearly figures): 2020 137 unique contacts, 72 known,
 * 270 help requests; 2021 124 unique, 41 new, 59 known, 185 requests.
 * 2020: d0 (a Digipunt session), d1–d63, o70–o99 and y0–y42, two requests a contact (two
 * of y one). Being seen in 2020 makes d1–d63 and o70–o99 not new later.
 * 2021, beside the Digipunt (d0–d89) and soup (o100–o114) sessions: a contact with one
 * request for 19 people known to the social service from o40–o99, and two requests for
 * d0–d82 at other places, so the Digipunt's own figures do not move.
 */
export function earlyContacts(
	add: AddContact,
	day: (year: number, i: number) => string,
	others: readonly Person[]
): void {
	for (const i of range(1, 64)) add(day(2020, i), `seed-d${i}`, 2);
	for (const i of range(70, 100)) add(day(2020, i), `seed-o${i}`, 2);
	for (const i of range(0, EARLY_PEOPLE)) add(day(2020, i + 100), `seed-y${i}`, i < 41 ? 2 : 1);
	const known = others
		.slice(40, 100)
		.filter((person) => person.knownToSocialService === 'ja')
		.slice(0, 19);
	for (const [i, person] of known.entries()) add(day(2021, i + 500), person.id, 1);
	for (const i of range(0, 83)) add(day(2021, i + 600), `seed-d${i}`, 2);
}
