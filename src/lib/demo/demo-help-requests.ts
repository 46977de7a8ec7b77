import type { HelpRequest } from '$lib/domain/contact.schema';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import { addDays } from './demo-dates';
import { demoRequestDescriptions } from './demo-texts';
import type { Random } from './prng';

const themes = [
	['theme-administratie', 20],
	['theme-dienstverlening', 10],
	['theme-huisvesting', 12],
	['theme-energie', 6],
	['theme-werk', 5],
	['theme-gezondheid', 6],
	['theme-onderwijs', 4],
	['theme-opleiding', 3],
	['theme-vrije-tijd', 8],
	['theme-vrijwilligerswerk', 3],
	['theme-financieel', 7],
	['theme-materieel', 5],
	['theme-mobiliteit', 5],
	['theme-digitaal', 8],
	['theme-gezin', 5],
	['theme-nt2', 3],
	['theme-integratie', 2]
] as const;

const approaches = [
	['appr-informatie', 30],
	['appr-advies', 20],
	['appr-doorverwijzing', 20],
	['appr-luisterend-oor', 15],
	['appr-praktische-hulp', 20],
	['appr-samen-op-stap', 5],
	['appr-verontrusting', 2]
] as const;

const referrals = [
	'ref-hvw-intake',
	'ref-hvw-zitdag',
	'ref-stadhuis',
	'ref-kinderopvang',
	'ref-school',
	'ref-huis-van-het-leren',
	'ref-kind-en-gezin',
	'ref-ldc',
	'ref-shm',
	'ref-huurdersbond',
	'ref-energiesnoeiers',
	'ref-caw',
	'ref-cggz',
	'ref-vdab',
	'ref-mutualiteit'
] as const;

function distinct(random: Random, count: number, draw: () => string): string[] {
	const ids = new Set<string>();
	for (let tries = 0; ids.size < count && tries < 10; tries += 1) ids.add(draw());
	return [...ids];
}

/** One help request as a worker registers it: themes, approaches, referrals, status. */
export function demoHelpRequest(random: Random, date: string): HelpRequest {
	const themeIds = distinct(random, random.chance(0.8) ? 1 : 2, () => random.weighted(themes));
	const approachIds = distinct(random, random.chance(0.7) ? 1 : 2, () =>
		random.weighted(approaches)
	);
	const isSignal = random.chance(0.07);
	if (isSignal) approachIds.push(SIGNAL_APPROACH_ID);
	const referred = approachIds.includes('appr-doorverwijzing') || random.chance(0.15);
	const referralIds = referred ? random.sample(referrals, random.chance(0.9) ? 1 : 2) : [];
	const status = random.weighted([
		['afgerond', 60],
		['doorverwezen', referred ? 60 : 5],
		['in opvolging', 15],
		['open', 10]
	] as const);
	const pool =
		demoRequestDescriptions[themeIds[0] ?? ''] ?? demoRequestDescriptions['general'] ?? [];
	return {
		id: random.uuid(),
		themeIds,
		approachIds,
		referralIds,
		description: pool.length > 0 ? random.pick(pool) : '',
		status,
		followUpDate: status === 'open' || status === 'in opvolging' ? addDays(date, 14) : null,
		isSignal
	};
}
