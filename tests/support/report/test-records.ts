import type { Contact, HelpRequest } from '$lib/domain/contact.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { yearPeriod } from '$lib/report/period';
import type { ReportInput } from '$lib/report/report-input';

/** Builders of small, valid records for the report's tests; ids are readable and unique. */
let serial = 0;
const nextId = (prefix: string) => `${prefix}-${String((serial += 1)).padStart(6, '0')}`;

/** A person with an unknown profile unless overridden. */
export function testPerson(overrides: Partial<Person> = {}): Person {
	return {
		...unknownProfile,
		id: nextId('person'),
		alias: 'A.',
		notes: '',
		firstContact: null,
		...overrides
	};
}

/** A help request with one theme and one approach unless overridden. */
export function testRequest(overrides: Partial<HelpRequest> = {}): HelpRequest {
	return {
		id: nextId('request'),
		themeIds: ['theme-huisvesting'],
		approachIds: ['appr-informatie'],
		referralIds: [],
		description: '',
		status: 'afgerond',
		followUpDate: null,
		isSignal: false,
		...overrides
	};
}

/** A contact at the social grocery on `date`, anonymous unless a person is given. */
export function testContact(
	date: string,
	person: Person | null,
	overrides: Partial<Contact> = {}
): Contact {
	return {
		id: nextId('contact'),
		date,
		personId: person?.id ?? null,
		activityId: 'act-sociale-kruidenier',
		function: null,
		note: '',
		helpRequests: [],
		...overrides
	};
}

/** A session of Soep met Babbels on `date` unless overridden. */
export function testSession(
	date: string,
	attendees: Person[],
	overrides: Partial<Session> = {}
): Session {
	return {
		id: nextId('session'),
		activityId: 'act-soep-met-babbels',
		date,
		attendeeIds: attendees.map((person) => person.id),
		anonymousCount: 0,
		note: '',
		...overrides
	};
}

/** A report input for 2022 in Dutch over the default taxonomy, with no records unless given. */
export function testInput(overrides: Partial<ReportInput> = {}): ReportInput {
	return {
		persons: [],
		contacts: [],
		sessions: [],
		outreach: [],
		signals: [],
		focusSessions: [],
		focusInputs: [],
		taxonomy: defaultTaxonomy(),
		period: yearPeriod(2022),
		language: 'nl',
		...overrides
	};
}
