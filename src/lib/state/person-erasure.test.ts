import { describe, expect, it } from 'vitest';
import type { Change } from '$lib/db/encrypted-repository';
import type { Contact } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { erasureSummary, planPersonErasure } from './person-erasure';

const ERASED = 'person-erased';
const OTHER = 'person-other';

function contact(id: string, personId: string | null): Contact {
	return {
		id,
		date: '2024-01-10',
		personId,
		activityId: 'act-digipunt',
		function: 'leren',
		note: `note of ${id}`,
		helpRequests: [
			{
				id: `${id}-hr`,
				themeIds: ['theme-digitaal'],
				approachIds: ['appr-informatie'],
				referralIds: [],
				description: `description of ${id}`,
				status: 'open',
				followUpDate: '2024-02-01',
				isSignal: true
			}
		]
	};
}

const session = (id: string, attendeeIds: string[], anonymousCount: number): Session => ({
	id,
	activityId: 'act-digipunt',
	date: '2024-01-11',
	attendeeIds,
	anonymousCount,
	note: ''
});

const signal: Signal = {
	id: 'signal-1',
	title: 'UiTPAS onduidelijk',
	themeIds: ['theme-vrije-tijd'],
	description: '',
	firstSeen: '2024-01-10',
	evidence: [
		{ kind: 'helpRequest', contactId: 'c-erased', helpRequestId: 'c-erased-hr' },
		{ kind: 'helpRequest', contactId: 'c-other', helpRequestId: 'c-other-hr' },
		{ kind: 'focusInput', focusSessionId: 'focus-1', inputId: 'input-1' }
	],
	forwardedTo: [],
	status: 'nieuw',
	outcome: ''
};

const records = {
	contacts: [contact('c-erased', ERASED), contact('c-other', OTHER), contact('c-anon', null)],
	sessions: [session('s-with', [OTHER, ERASED], 2), session('s-without', [OTHER], 0)],
	signals: [signal]
};

const put = (changes: Change[], kind: string, id: string) =>
	changes.find((c) => c.op === 'put' && c.kind === kind && c.record.id === id);

describe('planPersonErasure, anonymise', () => {
	const changes = planPersonErasure(ERASED, 'anonymise', records);

	it('deletes the person', () => {
		expect(changes).toContainEqual({ op: 'delete', kind: 'person', id: ERASED });
	});

	it('keeps their contacts without person, note or descriptions, and keeps the rest', () => {
		expect(put(changes, 'contact', 'c-erased')).toEqual({
			op: 'put',
			kind: 'contact',
			record: {
				...contact('c-erased', null),
				note: '',
				helpRequests: [{ ...contact('c-erased', null).helpRequests[0], description: '' }]
			}
		});
	});

	it('takes them off the attendees and raises the anonymous headcount, so attendance stays', () => {
		const record = put(changes, 'session', 's-with');
		expect(record).toMatchObject({ record: { attendeeIds: [OTHER], anonymousCount: 3 } });
	});

	it('touches nothing else: other contacts, other sessions, signal evidence', () => {
		expect(changes).toHaveLength(3);
		expect(put(changes, 'signal', 'signal-1')).toBeUndefined();
	});
});

describe('planPersonErasure, delete', () => {
	const changes = planPersonErasure(ERASED, 'delete', records);

	it('deletes the person and their contacts', () => {
		expect(changes).toContainEqual({ op: 'delete', kind: 'person', id: ERASED });
		expect(changes).toContainEqual({ op: 'delete', kind: 'contact', id: 'c-erased' });
	});

	it('takes them off the attendees without counting them as anonymous', () => {
		expect(put(changes, 'session', 's-with')).toMatchObject({
			record: { attendeeIds: [OTHER], anonymousCount: 2 }
		});
	});

	it('removes only the signal evidence that pointed at their deleted help requests', () => {
		expect(put(changes, 'signal', 'signal-1')).toMatchObject({
			record: { evidence: [signal.evidence[1], signal.evidence[2]] }
		});
	});

	it('leaves the other records alone', () => {
		expect(changes).toHaveLength(4);
		expect(changes.some((c) => c.op === 'delete' && c.id === 'c-other')).toBe(false);
	});
});

describe('erasureSummary', () => {
	it('counts what the erasure touches', () => {
		expect(erasureSummary(ERASED, records)).toEqual({
			contacts: 1,
			helpRequests: 1,
			followUps: 1,
			sessions: 1,
			signals: 1
		});
	});
});

describe('open follow-ups of an anonymised person', () => {
	const open = {
		id: 'c-open',
		date: '2024-03-01',
		personId: 'p-open',
		activityId: 'act-huisbezoek',
		function: null,
		note: '',
		helpRequests: [
			{
				id: 'r-open',
				themeIds: ['theme-werk'],
				approachIds: ['appr-advies'],
				referralIds: [],
				description: 'x',
				status: 'open' as const,
				followUpDate: null,
				isSignal: false
			}
		]
	};
	const records = { contacts: [open], sessions: [], signals: [] };

	it('closes them when the worker chose so, and keeps them nameless otherwise', () => {
		const statusAfter = (handling: 'close' | 'keep') => {
			const change = planPersonErasure('p-open', 'anonymise', records, handling).find(
				(item) => item.kind === 'contact'
			);
			return change?.op === 'put' && change.kind === 'contact'
				? change.record.helpRequests[0]?.status
				: undefined;
		};
		expect(statusAfter('close')).toBe('afgerond');
		expect(statusAfter('keep')).toBe('open');
		expect(erasureSummary('p-open', records).followUps).toBe(1);
	});
});
