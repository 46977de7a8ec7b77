import type { Contact } from '$lib/domain/contact.schema';
import type { Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';

/** What is stored about one person, beyond the person record itself. */
export interface PersonHistory {
	/** Their contacts, newest first. */
	contacts: Contact[];
	/** Sessions they attended, newest first. */
	sessions: Session[];
	/** Signals with one of their help requests as evidence. */
	signals: Signal[];
	/** `firstContact` if set, else the earliest contact or session date. */
	firstContact: string | null;
}

const newestFirst = (a: { date: string; id: string }, b: { date: string; id: string }) =>
	b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

/** Collects everything that refers to `person`, for the person page and the access view. */
export function personHistory(
	person: Person,
	all: { contacts: readonly Contact[]; sessions: readonly Session[]; signals: readonly Signal[] }
): PersonHistory {
	const contacts = all.contacts.filter((contact) => contact.personId === person.id);
	const sessions = all.sessions.filter((session) => session.attendeeIds.includes(person.id));
	const contactIds = new Set(contacts.map((contact) => contact.id));
	const signals = all.signals.filter((signal) =>
		signal.evidence.some((item) => item.kind === 'helpRequest' && contactIds.has(item.contactId))
	);
	const dates = [...contacts, ...sessions].map((record) => record.date).sort();
	return {
		contacts: contacts.sort(newestFirst),
		sessions: sessions.sort(newestFirst),
		signals,
		firstContact: person.firstContact ?? dates[0] ?? null
	};
}
