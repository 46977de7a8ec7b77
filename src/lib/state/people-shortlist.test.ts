import { describe, expect, it } from 'vitest';
import type { Contact } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';
import { peopleShortlist, type ShortlistInput } from './people-shortlist';

const GROCERY = 'act-sociale-kruidenier';
const DIGIPUNT = 'act-digipunt';
let serial = 0;

const contact = (personId: string | null, date: string, activityId = GROCERY): Contact => ({
	id: `contact-${(serial += 1)}`,
	date,
	personId,
	activityId,
	function: null,
	note: '',
	helpRequests: []
});

const session = (attendeeIds: string[], date: string, activityId = GROCERY): Session => ({
	id: `session-${(serial += 1)}`,
	activityId,
	date,
	attendeeIds,
	anonymousCount: 0,
	note: ''
});

function input(overrides: Partial<ShortlistInput>): ShortlistInput {
	return {
		contacts: [],
		sessions: [],
		personIds: new Set(['ann', 'bo', 'cas', 'dina', 'eli', 'fee', 'gus']),
		activityId: GROCERY,
		today: '2026-11-30',
		...overrides
	};
}

describe('peopleShortlist', () => {
	it('lists the people of the latest contacts, newest first, each once', () => {
		const contacts = [
			contact('ann', '2026-11-20'),
			contact('bo', '2026-11-28'),
			contact('ann', '2026-11-29'),
			contact(null, '2026-11-30'),
			contact('cas', '2026-11-25')
		];
		expect(peopleShortlist(input({ contacts, activityId: null })).recent).toEqual([
			'ann',
			'bo',
			'cas'
		]);
	});

	it('puts the contact saved later first when two share a day', () => {
		const contacts = [contact('ann', '2026-11-30'), contact('bo', '2026-11-30')];
		expect(peopleShortlist(input({ contacts })).recent).toEqual(['bo', 'ann']);
	});

	it('stops at the limit and skips people who no longer exist', () => {
		const contacts = ['ann', 'gone', 'bo', 'cas', 'dina'].map((id, day) =>
			contact(id, `2026-11-${String(10 + day)}`)
		);
		const list = peopleShortlist(input({ contacts }), {
			recent: 2,
			regulars: 0,
			days: 90,
			minVisits: 2
		});
		expect(list).toEqual({ recent: ['dina', 'cas'], regulars: [] });
	});

	it('ranks the regulars of the chosen activity by visits, counting sessions attended', () => {
		const contacts = [
			contact('eli', '2026-10-01'),
			contact('eli', '2026-10-08'),
			contact('fee', '2026-11-01'),
			contact('gus', '2026-11-02', DIGIPUNT),
			contact('gus', '2026-11-03', DIGIPUNT),
			// The latest contact makes Ann recent: she is not offered twice.
			contact('ann', '2026-11-29'),
			contact('ann', '2026-11-22')
		];
		const sessions = [
			session(['fee', 'eli', 'dina'], '2026-11-10'),
			session(['fee', 'dina'], '2026-11-17'),
			session(['gus'], '2026-11-24', DIGIPUNT)
		];
		const list = peopleShortlist(input({ contacts, sessions }), {
			recent: 1,
			regulars: 6,
			days: 90,
			minVisits: 2
		});
		expect(list.recent).toEqual(['ann']);
		// Fee 3 visits; Eli 3 (older last visit); Dina 2. Gus came to another activity.
		expect(list.regulars).toEqual(['fee', 'eli', 'dina']);
	});

	it('counts only visits within the window and needs the minimum number of visits', () => {
		const contacts = [
			contact('ann', '2026-06-01'),
			contact('ann', '2026-06-08'),
			contact('ann', '2026-11-01'),
			contact('bo', '2026-11-01'),
			contact('bo', '2026-11-08'),
			contact('cas', '2026-11-09'),
			contact('dina', '2026-12-24'),
			contact('dina', '2026-12-31')
		];
		const list = peopleShortlist(input({ contacts }), {
			recent: 0,
			regulars: 6,
			days: 90,
			minVisits: 2
		});
		expect(list.regulars).toEqual(['bo']);
	});

	it('offers no regulars while no activity is chosen', () => {
		const contacts = [contact('ann', '2026-11-01'), contact('ann', '2026-11-08')];
		expect(peopleShortlist(input({ contacts, activityId: null })).regulars).toEqual([]);
	});

	it('counts a person listed twice in one session once', () => {
		const sessions = [session(['ann', 'ann'], '2026-11-10')];
		const list = peopleShortlist(input({ sessions }), {
			recent: 0,
			regulars: 6,
			days: 90,
			minVisits: 2
		});
		expect(list.regulars).toEqual([]);
	});
});
