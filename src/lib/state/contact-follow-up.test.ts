import { describe, expect, it } from 'vitest';
import type { Contact, HelpRequest } from '$lib/domain/contact.schema';
import {
	countFollowUps,
	followUpItems,
	followUpKey,
	needsFollowUp,
	withFollowUp,
	withRequestStatus
} from './contact-follow-up';

function request(id: string, patch: Partial<HelpRequest> = {}): HelpRequest {
	return {
		id,
		themeIds: ['theme-werk'],
		approachIds: ['appr-advies'],
		referralIds: [],
		description: '',
		status: 'open',
		followUpDate: null,
		isSignal: false,
		...patch
	};
}

const contact = (id: string, date: string, helpRequests: HelpRequest[]): Contact => ({
	id,
	date,
	personId: null,
	activityId: 'act-huisbezoek',
	function: null,
	note: '',
	helpRequests
});

describe('needsFollowUp', () => {
	it('lists open and in-progress requests, and unfinished ones with a follow-up date', () => {
		expect(needsFollowUp(request('a'))).toBe(true);
		expect(needsFollowUp(request('a', { status: 'in opvolging' }))).toBe(true);
		expect(needsFollowUp(request('a', { status: 'doorverwezen' }))).toBe(false);
		expect(
			needsFollowUp(request('a', { status: 'doorverwezen', followUpDate: '2024-05-01' }))
		).toBe(true);
		expect(needsFollowUp(request('a', { status: 'afgerond', followUpDate: '2024-05-01' }))).toBe(
			false
		);
	});
});

describe('followUpItems', () => {
	const contacts = [
		contact('c1', '2024-03-01', [request('late', { followUpDate: '2024-06-01' })]),
		contact('c2', '2024-04-01', [request('recent'), request('done', { status: 'afgerond' })]),
		contact('c3', '2024-02-01', [request('oldest', { status: 'in opvolging' })])
	];

	it('sorts oldest first, on the follow-up date or else the contact date', () => {
		expect(followUpItems(contacts).map((item) => item.request.id)).toEqual([
			'oldest',
			'recent',
			'late'
		]);
		expect(countFollowUps(contacts)).toBe(3);
	});

	it('keeps a request changed during this visit in the list', () => {
		const items = followUpItems(contacts, new Set([followUpKey('c2', 'done')]));
		expect(items.map((item) => item.request.id)).toContain('done');
	});
});

describe('withRequestStatus', () => {
	it('changes one request and nothing else', () => {
		const before = contact('c', '2024-01-01', [request('a'), request('b')]);
		const after = withRequestStatus(before, 'b', 'afgerond');
		expect(after.helpRequests.map((item) => item.status)).toEqual(['open', 'afgerond']);
		expect(before.helpRequests[1]?.status).toBe('open');
	});
});

describe('withFollowUp', () => {
	it('adds the dated note under the description and sets the date and status', () => {
		const stored = contact('c1', '2024-06-01', [request('r1', { description: 'Huur' })]);
		const next = withFollowUp(stored, 'r1', {
			note: ' Gebeld met huisbaas ',
			followUpDate: '2024-07-01',
			status: 'in opvolging',
			today: '2024-06-20'
		});
		expect(next.helpRequests[0]).toMatchObject({
			description: 'Huur\n2024-06-20: Gebeld met huisbaas',
			followUpDate: '2024-07-01',
			status: 'in opvolging'
		});
		expect(stored.helpRequests[0]?.description).toBe('Huur');
	});
});
