import { unknownProfile } from '$lib/domain/person.schema';
import type { Person } from '$lib/domain/person.schema';
import { profileFields } from './enum-values';
import type { PlannedPerson } from './import-types';

/**
 * An existing person with what the sheet adds: a profile field is filled only where the
 * vault says `onbekend` (a known value is never overwritten, the sheet may be older);
 * `firstContact` moves earlier, never later. Alias and notes stay. Null when nothing changes.
 */
export function mergeExistingPerson(existing: Person, planned: PlannedPerson): Person | null {
	const next: Person = { ...existing };
	for (const field of profileFields) {
		const value = planned.profile[field];
		if (value !== undefined && existing[field] === 'onbekend')
			Object.assign(next, { [field]: value });
	}
	if (existing.firstContact !== null) {
		if (planned.firstContact < existing.firstContact) next.firstContact = planned.firstContact;
	} else if (planned.statedFirstContact !== null) {
		next.firstContact = planned.firstContact;
	}
	const changed = (Object.keys(next) as (keyof Person)[]).some(
		(key) => next[key] !== existing[key]
	);
	return changed ? next : null;
}

/** The person records to write (new persons, changed existing ones) and every person's id. */
export function buildPersons(
	planned: readonly PlannedPerson[],
	makeId: () => string
): { records: Person[]; idOf: Map<string, string> } {
	const records: Person[] = [];
	const idOf = new Map<string, string>();
	for (const person of planned) {
		if (person.existing) {
			idOf.set(person.key, person.existing.id);
			const merged = mergeExistingPerson(person.existing, person);
			if (merged) records.push(merged);
			continue;
		}
		const id = makeId();
		idOf.set(person.key, id);
		records.push({
			...unknownProfile,
			...person.profile,
			id,
			alias: person.alias,
			notes: '',
			firstContact: person.firstContact
		});
	}
	return { records, idOf };
}
