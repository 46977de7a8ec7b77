import type { Contact, HelpRequest } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { addDays, weekdaysOf } from '$lib/demo/demo-dates';
import type { ReportInput } from '$lib/report/report-input';
import { digipuntVisitors, otherPeople } from './seed-fixture-persons';
import { earlyContacts, earlyPeople } from './seed-fixture-years';

const everyOther = <T>(items: T[]) => items.filter((_, i) => i % 2 === 0);
/** Digipunt: fortnightly on Monday afternoon, 26 sessions a year. */
const digipuntDates = {
	2021: everyOther(weekdaysOf(2021, 1)),
	2022: everyOther(weekdaysOf(2022, 1))
};
const dayOf = (year: number, i: number) => addDays(`${year}-01-03`, (i * 37) % 355);

/**
 * 250 registered visits (d0–d49 twice in 2021; d50–d89 once in 2021 and twice in 2022;
 * d90–d109 once or twice in 2022) and 16 anonymous ones, plus one session on each side of
 * 2021–2022 that must not count.
 */
function digipuntSessions(): Session[] {
	const attendees = new Map<string, string[]>();
	const visit = (year: 2021 | 2022, index: number, personId: string) => {
		const date = digipuntDates[year][index % 26] ?? `${year}-01-04`;
		attendees.set(date, [...(attendees.get(date) ?? []), personId]);
	};
	for (let i = 0; i < 50; i += 1) for (const j of [0, 1]) visit(2021, i * 7 + j * 5, `seed-d${i}`);
	for (let i = 50; i < 90; i += 1) {
		visit(2021, i * 3, `seed-d${i}`);
		for (const j of [0, 1]) visit(2022, i * 7 + j * 5, `seed-d${i}`);
	}
	for (let i = 90; i < 110; i += 1)
		for (const j of i < 100 ? [0, 1] : [0]) visit(2022, i * 11 + j * 5, `seed-d${i}`);
	const dates = [...digipuntDates[2021], ...digipuntDates[2022]];
	const sessions = dates.map((date, n) => ({
		id: `seed-session-digipunt-${date}`,
		activityId: 'act-digipunt',
		date,
		attendeeIds: attendees.get(date) ?? [],
		anonymousCount: n < 8 ? 1 : n >= 26 && n < 30 ? 2 : 0,
		note: ''
	}));
	const outside = (date: string, personId: string): Session => ({
		id: `seed-session-digipunt-${date}`,
		activityId: 'act-digipunt',
		date,
		attendeeIds: [personId],
		anonymousCount: 3,
		note: ''
	});
	return [...sessions, outside('2020-12-14', 'seed-d0'), outside('2023-01-09', 'seed-d60')];
}

/** Soep met Babbels: o100–o114 came in 2021 and 2022, o115–o129 only in 2022. */
function soupSessions(): Session[] {
	const ids = (from: number, to: number) =>
		Array.from({ length: to - from }, (_, i) => `seed-o${from + i}`);
	const plan: [date: string, attendeeIds: string[]][] = [
		['2021-03-09', ids(100, 115)],
		['2022-03-08', ids(100, 130)],
		['2022-10-11', ids(110, 130)]
	];
	return plan.map(([date, attendeeIds]) => ({
		id: `seed-session-soep-${date}`,
		activityId: 'act-soep-met-babbels',
		date,
		attendeeIds,
		anonymousCount: 4,
		note: ''
	}));
}

const places = [
	'act-sociale-kruidenier',
	'act-huisbezoek',
	'act-contact-op-straat',
	'act-individueel-gesprek'
];
const themes = ['theme-administratie', 'theme-huisvesting', 'theme-vrije-tijd', 'theme-mobiliteit'];

/** The n-th contact: every fourth request has two themes; places and themes rotate. */
function contact(n: number, date: string, personId: string | null, requests: number): Contact {
	const helpRequests = Array.from(
		{ length: requests },
		(_, r) =>
			({
				id: `seed-request-${n}-${r}`,
				themeIds: n % 4 === 0 ? themes.slice(0, 2) : [themes[(n + r) % 4] ?? 'theme-werk'],
				approachIds: ['appr-informatie'],
				referralIds: [],
				description: '',
				status: 'afgerond',
				followUpDate: null,
				isSignal: false
			}) satisfies HelpRequest
	);
	const activityId = places[n % 4] ?? 'act-sociale-kruidenier';
	return {
		id: `seed-contact-${n}`,
		date,
		personId,
		activityId,
		function: null,
		note: '',
		helpRequests
	};
}

/**
 * 2022: o0–o99 one request each, o0–o4 a second one, five of ten anonymous contacts one
 * (110 in all); 30 Digipunt appointments of d50–d79 without requests. Earlier and later
 * contacts (with requests) fall outside 2022; 2020 and 2021 are in seed-fixture-years.
 */
function contacts(): Contact[] {
	const list: Contact[] = [];
	const add = (date: string, personId: string | null, requests: number, activityId?: string) => {
		const made = contact(list.length, date, personId, requests);
		list.push(activityId ? { ...made, activityId } : made);
	};
	for (let i = 0; i < 100; i += 1) add(dayOf(2022, i), `seed-o${i}`, 1);
	for (let i = 0; i < 5; i += 1) add(dayOf(2022, i + 200), `seed-o${i}`, 1);
	for (let i = 130; i < 150; i += 1) add(dayOf(2019, i), `seed-o${i}`, 2);
	for (let i = 150; i < 155; i += 1) add(dayOf(2023, i), `seed-o${i}`, 1);
	for (let i = 0; i < 10; i += 1) add(dayOf(2022, i + 300), null, i < 5 ? 1 : 0);
	for (let i = 50; i < 80; i += 1) add(dayOf(2022, i + 400), `seed-d${i}`, 0, 'act-digipunt');
	earlyContacts(add, dayOf, otherPeople());
	return list;
}

/** The records of the seed fixture, with the default taxonomy, for the given period. */
export function seedFixture(period: ReportInput['period']): ReportInput {
	return {
		persons: [...digipuntVisitors(), ...otherPeople(), ...earlyPeople()],
		contacts: contacts(),
		sessions: [...digipuntSessions(), ...soupSessions()],
		outreach: [],
		signals: [],
		focusSessions: [],
		focusInputs: [],
		taxonomy: defaultTaxonomy(),
		period,
		language: 'nl'
	};
}
