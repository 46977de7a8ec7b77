import type { Person } from '$lib/domain/person.schema';
import { demoFirstNames, demoPersonNotes } from './demo-texts';
import type { Random } from './prng';

/** A demo person and the date from which they may appear in records. */
export interface DemoPerson {
	person: Person;
	since: string;
}

const areas = [
	'area-centrum',
	'area-zandberg',
	'area-hulste',
	'area-overleie',
	'area-arendswijk',
	'area-eiland'
];

/**
 * A person with a profile drawn from shares like the seed's (many women, many NT2 speakers,
 * about half known to the social service). `firstContact` null means "first registration".
 */
export function demoPerson(random: Random, since: string, firstContact: string | null): DemoPerson {
	const origin = random.weighted([
		['Belgisch', 48],
		['EU', 10],
		['niet-EU', 36],
		['onbekend', 6]
	] as const);
	const person: Person = {
		id: random.uuid(),
		alias: `${random.pick(demoFirstNames)} ${String.fromCharCode(65 + random.int(0, 25))}.`,
		notes: random.pick(demoPersonNotes),
		gender: random.weighted([
			['vrouw', 60],
			['man', 37],
			['x', 1],
			['onbekend', 2]
		] as const),
		ageBand: random.weighted([
			['<18', 3],
			['18-24', 8],
			['25-44', 40],
			['45-64', 32],
			['65-79', 13],
			['80+', 2],
			['onbekend', 2]
		] as const),
		household: random.weighted([
			['alleenstaand', 35],
			['eenoudergezin', 20],
			['koppel zonder kinderen', 10],
			['gezin met kinderen', 28],
			['andere', 3],
			['onbekend', 4]
		] as const),
		origin,
		dutchHomeLanguage:
			origin === 'Belgisch'
				? random.weighted([
						['ja', 92],
						['nee', 6],
						['onbekend', 2]
					] as const)
				: random.weighted([
						['ja', 10],
						['nee', 82],
						['onbekend', 8]
					] as const),
		knownToSocialService: random.weighted([
			['ja', 45],
			['nee', 40],
			['onbekend', 15]
		] as const),
		intake: random.weighted([
			['eigen observatie', 35],
			['persoon zelf', 25],
			['professioneel netwerk', 25],
			['niet-professioneel netwerk', 10],
			['onbekend', 5]
		] as const),
		areaId: random.chance(0.8) ? random.pick(areas) : null,
		firstContact
	};
	return { person, since };
}
