import fc from 'fast-check';
import { addDays } from '$lib/demo/demo-dates';
import { ageBands, genders, households, origins, yesNoUnknown } from '$lib/domain/person.schema';
import { helpRequestStatuses } from '$lib/domain/contact.schema';
import { signalStatuses } from '$lib/domain/signal.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { ReportInput } from '$lib/report/report-input';

/** Marks every free text in generated data; an export must never contain it. */
export const SENTINEL = 'SENTINEL';

/** Records only: what one device holds, without taxonomy, period or language. */
export type Records = Omit<ReportInput, 'taxonomy' | 'period' | 'language'>;

const archived = (id: string, list: TaxonomyItem['list'], label: string): TaxonomyItem => ({
	id,
	list,
	label,
	labelEn: `${label} (en)`,
	archived: true,
	order: 500,
	activityKind: null
});

/** The default lists plus an archived theme and activity, shared by the devices of a test. */
export const propertyTaxonomy: TaxonomyItem[] = [
	...defaultTaxonomy(),
	archived('theme-archived', 'themes', 'Oud thema'),
	archived('act-archived', 'activities', 'Oude plek')
];

const themes = [
	'theme-huisvesting',
	'theme-energie',
	'theme-werk',
	'theme-archived',
	'theme-unlisted'
];
const approaches = ['appr-informatie', 'appr-advies', 'appr-signaal'];
const referrals = ['ref-caw', 'ref-stadhuis', 'ref-unlisted'];
const places = [
	'act-sociale-kruidenier',
	'act-huisbezoek',
	'act-digipunt',
	'act-archived',
	'act-unlisted'
];
const groups = ['act-soep-met-babbels', 'act-digipunt', 'act-naaiatelier'];
const forums = ['forum-team-opstap', 'forum-nt2', 'forum-unlisted'];
const prompts = ['Hoe welkom voel je je?', 'Hoe tevreden ben je?'];

/** A date from October 2021 to March 2023, around the periods the properties use. */
export const dateArb = fc.integer({ min: 0, max: 546 }).map((day) => addDays('2021-10-01', day));
const some = (ids: string[], minLength = 0) => fc.subarray(ids, { minLength });
const personRef = fc.option(fc.nat(16), { freq: 4 });

const requestArb = fc.record({
	themeIds: some(themes, 1),
	approachIds: some(approaches, 1),
	referralIds: some(referrals),
	status: fc.constantFrom(...helpRequestStatuses),
	isSignal: fc.boolean()
});

const specArb = fc.record({
	persons: fc.array(
		fc.record({
			gender: fc.constantFrom(...genders),
			ageBand: fc.constantFrom(...ageBands),
			household: fc.constantFrom(...households),
			origin: fc.constantFrom(...origins),
			dutchHomeLanguage: fc.constantFrom(...yesNoUnknown),
			knownToSocialService: fc.constantFrom(...yesNoUnknown),
			firstContact: fc.option(dateArb)
		}),
		{ maxLength: 14 }
	),
	contacts: fc.array(
		fc.record({
			date: dateArb,
			person: personRef,
			activityId: fc.constantFrom(...places),
			requests: fc.array(requestArb, { maxLength: 2 })
		}),
		{ maxLength: 40 }
	),
	sessions: fc.array(
		fc.record({
			date: dateArb,
			activityId: fc.constantFrom(...groups),
			attendees: fc.array(fc.nat(16), { maxLength: 8 }),
			anonymousCount: fc.nat(6)
		}),
		{ maxLength: 8 }
	),
	outreach: fc.array(
		fc.record({ date: dateArb, addresses: fc.nat(300), talks: fc.nat(30), met: fc.nat(9) }),
		{
			maxLength: 4
		}
	),
	signals: fc.array(
		fc.record({
			firstSeen: dateArb,
			themeIds: some(themes),
			forwardedTo: some(forums),
			status: fc.constantFrom(...signalStatuses)
		}),
		{ maxLength: 6 }
	),
	focus: fc.array(
		fc.record({
			date: dateArb,
			headcount: fc.nat(25),
			ratingPrompt: fc.constantFrom(...prompts),
			inputs: fc.array(
				fc.record({ themeIds: some(themes), rating: fc.option(fc.integer({ min: 1, max: 5 })) }),
				{
					maxLength: 8
				}
			)
		}),
		{ maxLength: 3 }
	)
});

/** The raw choices fast-check makes for one device's records. */
export type RecordsSpec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;
/** Arbitrary choices for one device's records; `records-build` turns them into records. */
export const recordsSpecArb = specArb;
