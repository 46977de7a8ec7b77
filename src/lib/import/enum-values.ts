import { helpRequestStatuses } from '$lib/domain/contact.schema';
import type { HelpRequestStatus } from '$lib/domain/contact.schema';
import type { PersonProfile } from '$lib/domain/person.schema';
import { choiceProfileFields } from '$lib/domain/profile-fields';
import { columnKeys } from './columns';
import type { ProfileField } from './import-types';
import { normalizeKey } from './normalize-text';

const isSheetColumn = (key: string): key is ProfileField =>
	(columnKeys as readonly string[]).includes(key);

/**
 * The profile columns of a sheet: the declared profile fields (domain/profile-fields.ts)
 * that the registration sheet has a column for, in their declared order.
 */
export const profileFields: readonly ProfileField[] = choiceProfileFields.flatMap((field) =>
	isSheetColumn(field.key) ? [field.key] : []
);

type Accepted<V extends string> = { values: readonly V[]; synonyms: Record<string, V> };

/** A column's declared values with the English and short forms also accepted. */
function declared<K extends ProfileField>(
	key: K,
	synonyms: Record<string, PersonProfile[K]>
): Accepted<PersonProfile[K]> {
	const values = choiceProfileFields.find((field) => field.key === key)?.values ?? [];
	return { values: values as readonly PersonProfile[K][], synonyms };
}

const yesNo = { yes: 'ja', no: 'nee', unknown: 'onbekend' } as const;

/** The domain values of each column, plus the English and short forms also accepted. */
const accepted: { [K in ProfileField]: Accepted<PersonProfile[K]> } = {
	gender: declared('gender', {
		v: 'vrouw',
		m: 'man',
		woman: 'vrouw',
		female: 'vrouw',
		male: 'man',
		unknown: 'onbekend'
	}),
	ageBand: declared('ageBand', { unknown: 'onbekend' }),
	household: declared('household', {
		single: 'alleenstaand',
		'single parent': 'eenoudergezin',
		'couple without children': 'koppel zonder kinderen',
		'family with children': 'gezin met kinderen',
		other: 'andere',
		unknown: 'onbekend'
	}),
	origin: declared('origin', {
		belgian: 'Belgisch',
		'niet eu': 'niet-EU',
		'non-eu': 'niet-EU',
		'non eu': 'niet-EU',
		unknown: 'onbekend'
	}),
	dutchHomeLanguage: declared('dutchHomeLanguage', yesNo),
	knownToSocialService: declared('knownToSocialService', yesNo)
};

const statuses: Accepted<HelpRequestStatus> = {
	values: helpRequestStatuses,
	synonyms: {
		opvolging: 'in opvolging',
		'follow-up': 'in opvolging',
		'in follow-up': 'in opvolging',
		done: 'afgerond',
		closed: 'afgerond',
		completed: 'afgerond',
		referred: 'doorverwezen'
	}
};

function lookup<V extends string>(table: Accepted<V>, raw: string, ageBand = false): V | null {
	let key = normalizeKey(raw);
	if (ageBand) key = key.replace(/[\u2013\u2014]/g, '-').replace(/\s/g, '');
	const direct = table.values.find((value) => normalizeKey(value) === key);
	return direct ?? (Object.hasOwn(table.synonyms, key) ? (table.synonyms[key] ?? null) : null);
}

/** A profile cell as its domain value, or null when the value is not one of the allowed. */
export function readProfileValue<K extends ProfileField>(
	field: K,
	raw: string
): PersonProfile[K] | null {
	return lookup(accepted[field] as Accepted<PersonProfile[K]>, raw, field === 'ageBand');
}

/** A Status cell as a help-request status, or null when it is none of the four. */
export function readStatus(raw: string): HelpRequestStatus | null {
	return lookup(statuses, raw);
}

/** The allowed values of a column, as a message lists them. */
export function allowedValues(field: ProfileField | 'status'): string {
	return (field === 'status' ? statuses.values : accepted[field].values).join(', ');
}
