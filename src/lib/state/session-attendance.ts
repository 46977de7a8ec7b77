import { newId, type IsoDate } from '$lib/domain/common.schema';
import type { Session } from '$lib/domain/session.schema';

/** How far back a session looks for its regulars: the circle of the last half year. */
export const REGULARS_WINDOW_MONTHS = 6;
/** The regulars shown at once; anyone else is one search away. */
export const REGULARS_LIMIT = 24;

/** Who was present at one session: distinct registered persons and the anonymous headcount. */
export interface Attendance {
	registered: number;
	anonymous: number;
	total: number;
}

/** The attendance of a session as the report counts it: a person listed twice counts once. */
export function attendanceOf(session: Session): Attendance {
	const registered = new Set(session.attendeeIds).size;
	return {
		registered,
		anonymous: session.anonymousCount,
		total: registered + session.anonymousCount
	};
}

/** Orders sessions newest first; sessions on one day keep a stable order by id. */
export function newestFirst(sessions: readonly Session[]): Session[] {
	return [...sessions].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The sessions of one activity, newest first. */
export function sessionsOf(sessions: readonly Session[], activityId: string): Session[] {
	return newestFirst(sessions.filter((session) => session.activityId === activityId));
}

/** Sessions held and total attendance (registered + anonymous) over a list of sessions. */
export function totalAttendance(sessions: readonly Session[]): {
	sessions: number;
	attendance: number;
} {
	return {
		sessions: sessions.length,
		attendance: sessions.reduce((sum, session) => sum + attendanceOf(session).total, 0)
	};
}

/** The calendar date `months` months before `date` (clamped to the month's last day). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const index = year * 12 + (month - 1) - months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = (index % 12) + 1;
	const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * The regulars of the activity of `current`: persons who came most often to its other
 * sessions in the months before it, most often first, then the one seen last, then by
 * alias. Persons that no longer exist (`aliasOf` gives undefined) are left out.
 */
export function regularsOf(
	sessions: readonly Session[],
	current: Session,
	aliasOf: (personId: string) => string | undefined,
	{ months = REGULARS_WINDOW_MONTHS, limit = REGULARS_LIMIT } = {}
): string[] {
	const since = monthsBefore(current.date, months);
	const tally = new Map<string, { count: number; last: string }>();
	for (const session of sessions) {
		if (session.id === current.id || session.activityId !== current.activityId) continue;
		if (session.date < since || session.date > current.date) continue;
		for (const personId of new Set(session.attendeeIds)) {
			const entry = tally.get(personId) ?? { count: 0, last: '' };
			entry.count += 1;
			if (session.date > entry.last) entry.last = session.date;
			tally.set(personId, entry);
		}
	}
	return [...tally]
		.flatMap(([id, entry]) => {
			const alias = aliasOf(id);
			return alias === undefined ? [] : [{ id, alias, ...entry }];
		})
		.sort(
			(a, b) =>
				b.count - a.count || b.last.localeCompare(a.last) || a.alias.localeCompare(b.alias, 'nl')
		)
		.slice(0, limit)
		.map((entry) => entry.id);
}

/** A new, empty session of an activity on a date. */
export function newSession(activityId: string, date: IsoDate, id: string = newId()): Session {
	return { id, activityId, date, attendeeIds: [], anonymousCount: 0, note: '' };
}

/** The session with a person marked present or not; never lists a person twice. */
export function withAttendee(session: Session, personId: string, present: boolean): Session {
	const others = session.attendeeIds.filter((id) => id !== personId);
	return { ...session, attendeeIds: present ? [...others, personId] : others };
}

/** The session with another anonymous headcount: a whole number, never below zero. */
export function withAnonymousCount(session: Session, count: number): Session {
	const whole = Number.isFinite(count) ? Math.max(0, Math.min(1_000_000, Math.trunc(count))) : 0;
	return { ...session, anonymousCount: whole };
}
