import { helpRequestStatuses } from '$lib/domain/contact.schema';
import type { HelpRequestStatus } from '$lib/domain/contact.schema';
import { ageBands, genders, households, origins, yesNoUnknown } from '$lib/domain/person.schema';
import type { PersonProfile } from '$lib/domain/person.schema';
import type { ProfileField } from './import-types';
import { normalizeKey } from './normalize-text';

/** The profile columns of a sheet, in the order they are checked. */
export const profileFields: readonly ProfileField[] = [
	'gender',
	'ageBand',
	'household',
	'origin',
	'dutchHomeLanguage',
	'knownToSocialService'
];

type Accepted<V extends string> = { values: readonly V[]; synonyms: Record<string, V> };

const yesNo: Accepted<(typeof yesNoUnknown)[number]> = {
	values: yesNoUnknown,
	synonyms: { yes: 'ja', no: 'nee', unknown: 'onbekend' }
};

/** The domain values of each column, plus the English and short forms also accepted. */
const accepted: { [K in ProfileField]: Accepted<PersonProfile[K]> } = {
	gender: {
		values: genders,
		synonyms: {
			v: 'vrouw',
			m: 'man',
			woman: 'vrouw',
			female: 'vrouw',
			male: 'man',
			unknown: 'onbekend'
		}
	},
	ageBand: { values: ageBands, synonyms: { unknown: 'onbekend' } },
	household: {
		values: households,
		synonyms: {
			single: 'alleenstaand',
			'single parent': 'eenoudergezin',
			'couple without children': 'koppel zonder kinderen',
			'family with children': 'gezin met kinderen',
			other: 'andere',
			unknown: 'onbekend'
		}
	},
	origin: {
		values: origins,
		synonyms: {
			belgian: 'Belgisch',
			'niet eu': 'niet-EU',
			'non-eu': 'niet-EU',
			'non eu': 'niet-EU',
			unknown: 'onbekend'
		}
	},
	dutchHomeLanguage: yesNo,
	knownToSocialService: yesNo
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
