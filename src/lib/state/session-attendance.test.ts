import { describe, expect, it } from 'vitest';
import type { Session } from '$lib/domain/session.schema';
import {
	attendanceOf,
	monthsBefore,
	newSession,
	regularsOf,
	sessionsOf,
	totalAttendance,
	withAnonymousCount,
	withAttendee
} from './session-attendance';

const SOUP = 'act-soep-met-babbels';
const SEWING = 'act-naaiatelier';
let counter = 0;

function session(date: string, attendeeIds: string[], extra: Partial<Session> = {}): Session {
	counter += 1;
	return { ...newSession(SOUP, date, `session-${counter}`), attendeeIds, ...extra };
}

const aliases: Record<string, string> = { ann: 'Ann', bart: 'Bart', cleo: 'Cleo', dirk: 'Dirk' };
const aliasOf = (id: string) => aliases[id];

describe('regulars', () => {
	it('puts the person who came most often first, then the one seen last, then by alias', () => {
		const current = session('2024-06-30', []);
		const sessions = [
			session('2024-06-01', ['bart', 'cleo']),
			session('2024-06-08', ['bart', 'ann']),
			session('2024-06-15', ['bart', 'dirk']),
			session('2024-06-22', ['cleo', 'ann']),
			current
		];
		// Ann and Cleo came twice, Ann was last seen on the same day as Cleo: alias decides.
		expect(regularsOf(sessions, current, aliasOf)).toEqual(['bart', 'ann', 'cleo', 'dirk']);
	});

	it('prefers the person seen more recently when counts are equal', () => {
		const current = session('2024-06-30', []);
		const sessions = [session('2024-06-01', ['ann']), session('2024-06-20', ['dirk']), current];
		expect(regularsOf(sessions, current, aliasOf)).toEqual(['dirk', 'ann']);
	});

	it('looks only at other sessions of the same activity in the months before', () => {
		const current = session('2024-06-30', ['cleo']);
		const sessions = [
			session('2023-12-29', ['ann']),
			session('2024-01-05', ['bart']),
			session('2024-06-10', ['dirk'], { activityId: SEWING }),
			session('2024-07-05', ['dirk']),
			current
		];
		expect(regularsOf(sessions, current, aliasOf)).toEqual(['bart']);
	});

	it('counts a person listed twice in one session once, and skips erased persons', () => {
		const current = session('2024-06-30', []);
		const sessions = [
			session('2024-06-01', ['ann', 'ann', 'gone']),
			session('2024-06-02', ['bart']),
			session('2024-06-03', ['bart', 'gone']),
			current
		];
		expect(regularsOf(sessions, current, aliasOf)).toEqual(['bart', 'ann']);
	});

	it('keeps at most the limit', () => {
		const current = session('2024-06-30', []);
		const sessions = [session('2024-06-01', ['ann', 'bart', 'cleo']), current];
		expect(regularsOf(sessions, current, aliasOf, { limit: 2 })).toEqual(['ann', 'bart']);
	});
});

describe('attendance', () => {
	it('adds distinct registered attendees and the anonymous headcount', () => {
		expect(
			attendanceOf(session('2024-01-01', ['ann', 'bart', 'ann'], { anonymousCount: 2 }))
		).toEqual({ registered: 2, anonymous: 2, total: 4 });
	});

	it('totals the attendance over the sessions of an activity', () => {
		const sessions = [
			session('2024-01-01', ['ann'], { anonymousCount: 3 }),
			session('2024-01-08', ['ann', 'bart'])
		];
		expect(totalAttendance(sessions)).toEqual({ sessions: 2, attendance: 6 });
		expect(totalAttendance([])).toEqual({ sessions: 0, attendance: 0 });
	});

	it('lists the sessions of one activity newest first', () => {
		const old = session('2024-01-01', []);
		const recent = session('2024-03-01', []);
		const other = session('2024-02-01', [], { activityId: SEWING });
		expect(sessionsOf([old, other, recent], SOUP)).toEqual([recent, old]);
	});

	it('ticks a person once and unticks them', () => {
		const start = session('2024-01-01', ['ann']);
		const ticked = withAttendee(withAttendee(start, 'bart', true), 'bart', true);
		expect(ticked.attendeeIds).toEqual(['ann', 'bart']);
		expect(withAttendee(ticked, 'ann', false).attendeeIds).toEqual(['bart']);
		expect(start.attendeeIds).toEqual(['ann']);
	});

	it('never lets the anonymous headcount go below zero or become a fraction', () => {
		const start = session('2024-01-01', []);
		expect(withAnonymousCount(start, -1).anonymousCount).toBe(0);
		expect(withAnonymousCount(start, 2.7).anonymousCount).toBe(2);
		expect(withAnonymousCount(start, Number.NaN).anonymousCount).toBe(0);
	});
});

describe('monthsBefore', () => {
	it('goes back whole months, across a year and onto shorter months', () => {
		expect(monthsBefore('2024-06-30', 6)).toBe('2023-12-30');
		expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
		expect(monthsBefore('2024-01-15', 1)).toBe('2023-12-15');
	});
});
