import type { IsoDate } from '$lib/domain/common.schema';
import type { Person } from '$lib/domain/person.schema';
import { profileFields } from './enum-values';
import type { PlannedPerson, PlannedRow, ProfileField } from './import-types';
import { normalizeKey } from './normalize-text';

/** Vault persons by alias, compared like sheet aliases (case and spaces ignored). */
export function indexPersons(persons: readonly Person[]): Map<string, Person[]> {
	const index = new Map<string, Person[]>();
	for (const person of persons) {
		const key = normalizeKey(person.alias);
		index.set(key, [...(index.get(key) ?? []), person]);
	}
	return index;
}

function earlier(a: IsoDate | null, b: IsoDate): IsoDate {
	return a === null || b < a ? b : a;
}

/**
 * The persons that valid rows name, in order of first appearance. Each profile field comes
 * from the row with the latest Datum that gives it (same date: the later row in the
 * file); `onbekend` gives nothing. `firstContact` is the earliest of the person's rows
 * and of any Eerste contact date given.
 */
export function planPersons(
	rows: readonly PlannedRow[],
	vault: ReadonlyMap<string, readonly Person[]>
): PlannedPerson[] {
	const persons = new Map<string, PlannedPerson>();
	const filledOn = new Map<string, Partial<Record<ProfileField, IsoDate>>>();
	for (const row of rows) {
		if (row.personKey === null || row.alias === null) continue;
		let person = persons.get(row.personKey);
		if (!person) {
			person = {
				key: row.personKey,
				alias: row.alias,
				existing: vault.get(row.personKey)?.[0] ?? null,
				profile: {},
				firstContact: row.date,
				statedFirstContact: null
			};
			persons.set(row.personKey, person);
			filledOn.set(row.personKey, {});
		}
		const dates = filledOn.get(row.personKey) ?? {};
		for (const field of profileFields) {
			const value = row.profile[field];
			const since = dates[field];
			if (
				value === undefined ||
				value === 'onbekend' ||
				(since !== undefined && row.date < since)
			) {
				continue;
			}
			Object.assign(person.profile, { [field]: value });
			dates[field] = row.date;
		}
		person.firstContact = earlier(person.firstContact, row.date);
		if (row.firstContact !== null) {
			person.statedFirstContact = earlier(person.statedFirstContact, row.firstContact);
			person.firstContact = earlier(person.firstContact, row.firstContact);
		}
	}
	return [...persons.values()];
}
