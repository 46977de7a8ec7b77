import type { Change } from '$lib/db/encrypted-repository';
import type { Contact } from '$lib/domain/contact.schema';
import type { Person, PersonProfile } from '$lib/domain/person.schema';
import { profileKeys } from '$lib/domain/profile-fields';
import type { Session } from '$lib/domain/session.schema';

/** For each field where the two persons differ, which one's value the merged person keeps. */
export type MergeChoice = Partial<Record<keyof PersonProfile | 'alias', 'keep' | 'drop'>>;

const unknown = (value: string | null) => value === null || value === 'onbekend';

/**
 * The profile fields (and alias) where both persons hold a different known value: the
 * worker chooses these explicitly. A field known on one side only takes that value.
 */
export function mergeConflicts(keep: Person, drop: Person): (keyof PersonProfile | 'alias')[] {
	const conflicts: (keyof PersonProfile | 'alias')[] = [];
	if (keep.alias !== drop.alias) conflicts.push('alias');
	for (const key of profileKeys)
		if (keep[key] !== drop[key] && !unknown(keep[key]) && !unknown(drop[key])) conflicts.push(key);
	return conflicts;
}

/** The merged person record: `keep`'s id, chosen values, both notes, the earliest first contact. */
export function mergedPerson(keep: Person, drop: Person, choice: MergeChoice): Person {
	const merged: Person = { ...keep };
	const pick = <K extends keyof PersonProfile | 'alias'>(key: K) =>
		choice[key] === 'drop' ? drop[key] : keep[key];
	merged.alias = pick('alias');
	for (const key of profileKeys) {
		const value = unknown(keep[key]) ? drop[key] : unknown(drop[key]) ? keep[key] : pick(key);
		(merged as Record<string, unknown>)[key] = value;
	}
	merged.notes = [keep.notes, drop.notes].filter((note) => note.trim() !== '').join('\n\n');
	const firsts = [keep.firstContact, drop.firstContact].filter((date) => date !== null).sort();
	merged.firstContact = firsts[0] ?? null;
	return merged;
}

/**
 * One transaction that merges `drop` into `keep`: every contact of `drop` moves to `keep`,
 * every session `drop` attended lists `keep` (once, when both were ticked by mistake), the
 * merged profile is stored and `drop` is removed. Signal links point at help requests
 * inside the contacts, so they move with them.
 */
export function planPersonMerge(
	keep: Person,
	drop: Person,
	choice: MergeChoice,
	records: { contacts: readonly Contact[]; sessions: readonly Session[] }
): Change[] {
	if (keep.id === drop.id) return [];
	const changes: Change[] = [
		{ op: 'put', kind: 'person', record: mergedPerson(keep, drop, choice) }
	];
	for (const contact of records.contacts)
		if (contact.personId === drop.id)
			changes.push({ op: 'put', kind: 'contact', record: { ...contact, personId: keep.id } });
	for (const session of records.sessions) {
		if (!session.attendeeIds.includes(drop.id)) continue;
		const attendeeIds = [
			...new Set(session.attendeeIds.map((id) => (id === drop.id ? keep.id : id)))
		];
		changes.push({ op: 'put', kind: 'session', record: { ...session, attendeeIds } });
	}
	changes.push({ op: 'delete', kind: 'person', id: drop.id });
	return changes;
}
