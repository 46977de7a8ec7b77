import { describe, expect, it } from 'vitest';
import type { FocusSession } from '$lib/domain/focus.schema';
import { FOCUS_ACTIVITY_ID, focusActivitySession, planFocusDeletion } from './focus-actions';

const focus: FocusSession = {
	id: 'focus-1',
	date: '2024-05-02',
	title: 'Voorjaar',
	prompts: [{ id: 'p1', kind: 'open', text: 'Wat valt op?' }],
	headcount: 14
};

describe('focusActivitySession', () => {
	it('holds a focus group as a session of Focusgroep with the headcount as attendance', () => {
		expect(focusActivitySession(focus, undefined, () => true)).toEqual({
			id: 'focus-1',
			activityId: FOCUS_ACTIVITY_ID,
			date: '2024-05-02',
			attendeeIds: [],
			anonymousCount: 14,
			note: ''
		});
	});

	it('counts under the activity the worker chose at the start, or under none', () => {
		expect(focusActivitySession(focus, undefined, () => true, 'act-praattafel')).toMatchObject({
			activityId: 'act-praattafel',
			anonymousCount: 14
		});
		expect(focusActivitySession(focus, undefined, (id) => id !== '', '')).toBeNull();
	});

	it('keeps the activity the worker moved it to, and makes none without the activity', () => {
		const moved = { ...focus, headcount: 9 };
		const existing = {
			id: 'focus-1',
			activityId: 'act-praattafel',
			date: '2024-05-02',
			attendeeIds: ['p'],
			anonymousCount: 14,
			note: 'n'
		};
		expect(focusActivitySession(moved, existing, () => false)).toMatchObject({
			activityId: 'act-praattafel',
			anonymousCount: 9,
			attendeeIds: ['p']
		});
		expect(focusActivitySession(focus, undefined, () => false)).toBeNull();
	});
});

describe('planFocusDeletion', () => {
	it('removes the session, its inputs, its activity session and the signal links to it', () => {
		const signal = {
			id: 's1',
			title: 'T',
			themeIds: [],
			description: '',
			firstSeen: '2024-01-01',
			evidence: [
				{ kind: 'focusInput' as const, focusSessionId: 'focus-1', inputId: 'i1' },
				{ kind: 'helpRequest' as const, contactId: 'c', helpRequestId: 'r' }
			],
			forwardedTo: [],
			status: 'nieuw' as const,
			outcome: ''
		};
		const changes = planFocusDeletion(focus, ['i1'], [signal], true);
		expect(changes.map((c) => `${c.op}:${c.kind}`)).toEqual([
			'delete:focusSession',
			'delete:focusInput',
			'delete:session',
			'put:signal'
		]);
		const put = changes[3];
		expect(put?.op === 'put' && put.kind === 'signal' && put.record.evidence).toHaveLength(1);
	});
});
