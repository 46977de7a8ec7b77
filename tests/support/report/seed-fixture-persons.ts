import { unknownProfile, type Person, type PersonProfile } from '$lib/domain/person.schema';

/**
 * The people of the seed fixture (eindrapport Stek Harelbeke 2022, chapter 4). Shares are
 * spread over indexes with `(i * step) % n < count`: a step coprime to n visits every index
 * once, so exactly `count` people get the attribute, mixed rather than in a block.
 */

/** Unique Digipunt visitors since the start in 2021. */
export const DIGIPUNT_VISITORS = 110;
/** Men among the Digipunt visitors (the other 61 are women). */
export const DIGIPUNT_MEN = 49;
/** Digipunt visitors of other origin (EU or non-EU). */
export const DIGIPUNT_FOREIGN = 41;
/** Digipunt visitors known to the social service. */
export const DIGIPUNT_KNOWN = 40;
/** People met outside the Digipunt. */
export const OTHERS = 155;
/** Registered people present in 2022 who are known to the social service. */
export const KNOWN_2022 = 88;

const spread = (i: number, step: number, n: number, count: number) => (i * step) % n < count;

function person(id: string, profile: Partial<PersonProfile>, firstContact: string | null): Person {
	return {
		...unknownProfile,
		ageBand: '25-44',
		...profile,
		id,
		alias: `seed ${id}`,
		notes: '',
		firstContact
	};
}

/** Whether Digipunt visitor i is known to the social service (40 of 110). */
export const digipuntKnown = (i: number) => spread(i, 13, DIGIPUNT_VISITORS, DIGIPUNT_KNOWN);

/** Digipunt visitors d0–d109: 49 men and 61 women, 41 of foreign origin, 40 known. */
export function digipuntVisitors(): Person[] {
	return Array.from({ length: DIGIPUNT_VISITORS }, (_, i) => {
		const foreign = spread(i, 7, DIGIPUNT_VISITORS, DIGIPUNT_FOREIGN);
		return person(
			`seed-d${i}`,
			{
				gender: spread(i, 3, DIGIPUNT_VISITORS, DIGIPUNT_MEN) ? 'man' : 'vrouw',
				origin: foreign ? (i % 2 === 0 ? 'EU' : 'niet-EU') : i % 10 === 0 ? 'onbekend' : 'Belgisch',
				dutchHomeLanguage: foreign && i % 4 !== 0 ? 'nee' : 'ja',
				knownToSocialService: digipuntKnown(i) ? 'ja' : i % 3 === 0 ? 'onbekend' : 'nee'
			},
			null
		);
	});
}

/** Digipunt visitors present in 2022 are d50–d109; the others with `ja` fill up the 88. */
const knownAmongOthers =
	KNOWN_2022 - Array.from({ length: 60 }, (_, i) => digipuntKnown(50 + i)).filter(Boolean).length;

/**
 * People met outside the Digipunt, o0–o154. o0–o129 are present in 2022; o0–o39 are new
 * then (o0–o19 by a `firstContact` in 2022), o40–o69 and o115–o129 were met before the app.
 */
export function otherPeople(): Person[] {
	return Array.from({ length: OTHERS }, (_, i) => {
		const firstContact =
			i < 20
				? `2022-0${1 + (i % 9)}-1${i % 10}`
				: i >= 40 && i < 70
					? '2019-05-06'
					: i >= 115 && i < 130
						? '2020-10-13'
						: null;
		return person(
			`seed-o${i}`,
			{
				gender: i % 3 === 0 ? 'man' : i % 17 === 0 ? 'x' : 'vrouw',
				household: i % 4 === 0 ? 'eenoudergezin' : 'alleenstaand',
				origin: i % 5 < 2 ? 'niet-EU' : 'Belgisch',
				knownToSocialService: i < 130 && spread(i, 7, 130, knownAmongOthers) ? 'ja' : 'nee'
			},
			firstContact
		);
	});
}
