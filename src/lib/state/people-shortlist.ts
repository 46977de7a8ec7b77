import type { Contact } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';

/** How long the lists are and how far back a "regular" is counted. */
export interface ShortlistLimits {
	/** People registered most recently. */
	recent: number;
	/** Regulars of the chosen activity, besides the recent ones. */
	regulars: number;
	/** Only visits within this many days before today make someone a regular. */
	days: number;
	/** Visits within that window needed to count as a regular. */
	minVisits: number;
}

export const defaultShortlistLimits: ShortlistLimits = {
	recent: 5,
	regulars: 6,
	days: 90,
	minVisits: 2
};

/** What the shortlist is computed from: the vault's records, in the order they are held. */
export interface ShortlistInput {
	contacts: readonly Contact[];
	sessions: readonly Session[];
	/** The people that still exist (someone erased is never offered). */
	personIds: ReadonlySet<string>;
	activityId: string | null;
	today: string;
}

/** Ids of people to offer on Registreren with one tap each; no id is in both lists. */
export interface PeopleShortlist {
	recent: string[];
	regulars: string[];
}

/** The day `days` before an ISO date, as an ISO date. */
function daysBefore(date: string, days: number): string {
	const moment = new Date(`${date}T00:00:00Z`);
	moment.setUTCDate(moment.getUTCDate() - days);
	return moment.toISOString().slice(0, 10);
}

/**
 * The people a worker most likely registers next, computed in memory from the records
 * (nothing is stored): those of the latest contacts, newest first (on one day, the one
 * saved later first), and the regulars of the chosen activity — most visits (contacts
 * there and group sessions attended) in the last `days` first, then the latest visit.
 */
export function peopleShortlist(
	input: ShortlistInput,
	limits: ShortlistLimits = defaultShortlistLimits
): PeopleShortlist {
	const known = (id: string | null): id is string => id !== null && input.personIds.has(id);
	const newestFirst = input.contacts
		.map((contact, index) => ({ contact, index }))
		.sort((a, b) => b.contact.date.localeCompare(a.contact.date) || b.index - a.index);
	const recent: string[] = [];
	for (const { contact } of newestFirst) {
		if (recent.length >= limits.recent) break;
		if (known(contact.personId) && !recent.includes(contact.personId)) {
			recent.push(contact.personId);
		}
	}
	return { recent, regulars: regularsOf(input, limits, new Set(recent)) };
}

function regularsOf(input: ShortlistInput, limits: ShortlistLimits, skip: Set<string>): string[] {
	if (!input.activityId || limits.regulars <= 0) return [];
	const from = daysBefore(input.today, limits.days);
	const visits = new Map<string, { count: number; last: string }>();
	const visit = (personId: string | null, date: string) => {
		if (personId === null || !input.personIds.has(personId) || skip.has(personId)) return;
		if (date < from || date > input.today) return;
		const seen = visits.get(personId) ?? { count: 0, last: '' };
		visits.set(personId, { count: seen.count + 1, last: date > seen.last ? date : seen.last });
	};
	for (const contact of input.contacts) {
		if (contact.activityId === input.activityId) visit(contact.personId, contact.date);
	}
	for (const session of input.sessions) {
		if (session.activityId !== input.activityId) continue;
		for (const personId of new Set(session.attendeeIds)) visit(personId, session.date);
	}
	return [...visits]
		.filter(([, seen]) => seen.count >= limits.minVisits)
		.sort(
			([a, x], [b, y]) => y.count - x.count || y.last.localeCompare(x.last) || a.localeCompare(b)
		)
		.slice(0, limits.regulars)
		.map(([id]) => id);
}
