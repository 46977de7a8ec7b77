import type { OutreachRound } from '$lib/domain/outreach.schema';
import { workdayOf } from './demo-dates';
import type { Random } from './prng';

const kinds = [
	['out-stoepbezoeken', 40],
	['out-flyerronde', 25],
	['out-soepbezoek', 15],
	['out-kaartjesactie', 10],
	['out-spontaan', 10]
] as const;

const areas = [
	'area-centrum',
	'area-zandberg',
	'area-hulste',
	'area-overleie',
	'area-arendswijk',
	'area-eiland'
];

/** Outreach rounds of a year: ~100 addresses a round, a response of about 5 %, as in the seed. */
export function demoOutreach(random: Random, year: number, rounds: number): OutreachRound[] {
	return Array.from({ length: rounds }, () => {
		const addressesVisited = random.int(40, 180);
		const conversations = Math.round(addressesVisited * (0.02 + random.next() * 0.07));
		return {
			id: random.uuid(),
			date: workdayOf(year, random.next()),
			kindId: random.weighted(kinds),
			areaIds: random.sample(areas, random.int(1, 2)),
			addressesVisited,
			conversations,
			newPeopleReached: Math.round(conversations * random.next() * 0.6),
			materials: random.chance(0.6) ? [{ label: 'Flyers Digipunt', count: addressesVisited }] : [],
			note: random.chance(0.3) ? 'Veel mensen niet thuis.' : ''
		};
	});
}
