import { describe, expect, it } from 'vitest';
import type { Contact, HelpRequest } from '$lib/domain/contact.schema';
import type { Signal } from '$lib/domain/signal.schema';
import {
	attachEvidence,
	dedupeEvidence,
	detachEvidence,
	emptySignal,
	evidenceCount,
	findHelpRequest,
	hasEvidence,
	helpRequestEvidence,
	signalFromHelpRequest,
	signalsForList,
	unlinkedSignalRequests
} from './signal-evidence';
import { checkSignal } from './signal-form';

function request(id: string, isSignal = true): HelpRequest {
	return {
		id,
		themeIds: ['theme-vrije-tijd', 'theme-financieel'],
		approachIds: ['appr-signaal'],
		referralIds: [],
		description: 'UiTPAS niet bruikbaar',
		status: 'open',
		followUpDate: null,
		isSignal
	};
}

function contact(id: string, date: string, requests: HelpRequest[]): Contact {
	return {
		id,
		date,
		personId: null,
		activityId: 'act-huisbezoek',
		function: null,
		note: '',
		helpRequests: requests
	};
}

const first = helpRequestEvidence('contact-1', 'request-1');
const second = helpRequestEvidence('contact-1', 'request-2');
const focus = { kind: 'focusInput', focusSessionId: 'focus-1', inputId: 'input-1' } as const;

describe('evidence', () => {
	it('attaches a help request once, however often it is attached', () => {
		const signal = attachEvidence(attachEvidence(emptySignal('2024-05-01', 'sig-1'), first), {
			...first
		});
		expect(signal.evidence).toEqual([first]);
		expect(evidenceCount(signal)).toBe(1);
	});

	it('detaches only the evidence asked for, every copy of it', () => {
		const signal: Signal = {
			...emptySignal('2024-05-01'),
			evidence: [first, second, first, focus]
		};
		const detached = detachEvidence(signal, first);
		expect(detached.evidence).toEqual([second, focus]);
		expect(signal.evidence).toHaveLength(4);
	});

	it('counts distinct evidence, focus-group inputs included', () => {
		const signal: Signal = {
			...emptySignal('2024-05-01'),
			evidence: [first, first, focus, second]
		};
		expect(evidenceCount(signal)).toBe(3);
		expect(dedupeEvidence(signal.evidence)).toEqual([first, focus, second]);
		expect(hasEvidence(signal, focus)).toBe(true);
	});

	it('opens a new signal from a help request with its themes and today', () => {
		const signal = signalFromHelpRequest('contact-1', request('request-1'), '2024-05-14', 'sig-2');
		expect(signal).toEqual({
			id: 'sig-2',
			title: '',
			themeIds: ['theme-vrije-tijd', 'theme-financieel'],
			description: '',
			firstSeen: '2024-05-14',
			evidence: [first],
			forwardedTo: [],
			status: 'nieuw',
			outcome: ''
		});
		expect(checkSignal(signal).ok).toBe(false);
		expect(checkSignal({ ...signal, title: 'UiTPAS onduidelijk' }).ok).toBe(true);
	});

	it('finds a help request only when both the contact and the request exist', () => {
		const contacts = new Map([
			['contact-1', contact('contact-1', '2024-05-01', [request('request-1')])]
		]);
		const contactOf = (id: string) => contacts.get(id);
		expect(findHelpRequest(contactOf, 'contact-1', 'request-1')?.request.id).toBe('request-1');
		expect(findHelpRequest(contactOf, 'contact-1', 'request-9')).toBeNull();
		expect(findHelpRequest(contactOf, 'contact-9', 'request-1')).toBeNull();
	});

	it('lists signal-marked requests no signal holds yet, newest contact first', () => {
		const contacts = [
			contact('contact-1', '2024-01-01', [request('request-1'), request('request-2')]),
			contact('contact-2', '2024-03-01', [request('request-3'), request('request-4', false)])
		];
		const signals = [{ ...emptySignal('2024-01-02'), evidence: [first] }];
		expect(unlinkedSignalRequests(contacts, signals).map((found) => found.request.id)).toEqual([
			'request-3',
			'request-2'
		]);
	});

	it('lists open signals newest first and finished ones last', () => {
		const signal = (id: string, firstSeen: string, status: Signal['status']): Signal => ({
			...emptySignal(firstSeen, id),
			title: id,
			status
		});
		const list = signalsForList([
			signal('sig-old', '2023-01-01', 'nieuw'),
			signal('sig-done', '2024-06-01', 'afgerond'),
			signal('sig-new', '2024-05-01', 'geagendeerd')
		]);
		expect(list.map((item) => item.id)).toEqual(['sig-new', 'sig-old', 'sig-done']);
	});
});

describe('checkSignal', () => {
	it('asks for a title and a real date', () => {
		const result = checkSignal({
			...emptySignal('2024-05-01'),
			title: ' ',
			firstSeen: '2024-13-01'
		});
		expect(!result.ok && result.errors).toEqual({
			title: 'signals.error.title',
			firstSeen: 'signals.error.date'
		});
	});
});
