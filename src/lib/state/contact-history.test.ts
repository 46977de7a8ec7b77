import { describe, expect, it } from 'vitest';
import type { Contact } from '$lib/domain/contact.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { personHistory } from './contact-history';

const person: Person = { id: 'p1', alias: 'Mo', notes: '', firstContact: null, ...unknownProfile };

const contact = (id: string, date: string, personId: string | null): Contact => ({
	id,
	date,
	personId,
	activityId: 'act-huisbezoek',
	function: null,
	note: '',
	helpRequests: []
});

const session = (id: string, date: string, attendeeIds: string[]): Session => ({
	id,
	date,
	activityId: 'act-digipunt',
	attendeeIds,
	anonymousCount: 0,
	note: ''
});

const signal = (id: string, contactId: string): Signal => ({
	id,
	title: id,
	themeIds: [],
	description: '',
	firstSeen: '2024-01-01',
	evidence: [{ kind: 'helpRequest', contactId, helpRequestId: 'hr' }],
	forwardedTo: [],
	status: 'nieuw',
	outcome: ''
});

const all = {
	contacts: [
		contact('c1', '2024-03-01', 'p1'),
		contact('c2', '2024-05-01', 'p1'),
		contact('c3', '2023-01-01', 'p2')
	],
	sessions: [session('s1', '2024-02-01', ['p2', 'p1']), session('s2', '2022-01-01', ['p2'])],
	signals: [signal('mine', 'c1'), signal('theirs', 'c3')]
};

describe('personHistory', () => {
	it('collects their contacts and sessions, newest first, and the signals citing them', () => {
		const history = personHistory(person, all);
		expect(history.contacts.map((c) => c.id)).toEqual(['c2', 'c1']);
		expect(history.sessions.map((s) => s.id)).toEqual(['s1']);
		expect(history.signals.map((s) => s.id)).toEqual(['mine']);
	});

	it('takes the earliest contact or session date as first contact when none was filled in', () => {
		expect(personHistory(person, all).firstContact).toBe('2024-02-01');
	});

	it('prefers the first contact the worker filled in', () => {
		const known = { ...person, firstContact: '2019-09-09' };
		expect(personHistory(known, all).firstContact).toBe('2019-09-09');
	});

	it('has no first contact for someone never seen', () => {
		const empty = { contacts: [], sessions: [], signals: [] };
		expect(personHistory(person, empty).firstContact).toBeNull();
	});
});
