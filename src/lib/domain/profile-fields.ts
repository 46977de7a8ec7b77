import {
	ageBands,
	genders,
	households,
	intakes,
	origins,
	yesNoUnknown,
	type PersonProfile
} from './person.schema';

/** One profile field of a person with a fixed list of values. */
export interface ChoiceProfileField {
	key: Exclude<keyof PersonProfile, 'areaId'>;
	/** Message key of its label (`person.*`), the same in the form, the profile and the report. */
	label: `person.${string}`;
	values: readonly string[];
}

/**
 * The person profile, declared once: the person form, the inline new person, the profile
 * view, the merge of two persons and the report's breakdown labels read their fields,
 * order and labels from here. The area (a taxonomy) follows them as `areaField`.
 */
export const choiceProfileFields: readonly ChoiceProfileField[] = [
	{ key: 'gender', label: 'person.gender', values: genders },
	{ key: 'ageBand', label: 'person.ageBand', values: ageBands },
	{ key: 'household', label: 'person.household', values: households },
	{ key: 'origin', label: 'person.origin', values: origins },
	{ key: 'dutchHomeLanguage', label: 'person.dutchHomeLanguage', values: yesNoUnknown },
	{ key: 'knownToSocialService', label: 'person.knownToSocialService', values: yesNoUnknown },
	{ key: 'intake', label: 'person.intake', values: intakes }
];

/** The area field (a taxonomy list, optional), shown after the choice fields. */
export const areaField = { key: 'areaId', label: 'person.area' } as const;

/** Every profile key, in the declared order. */
export const profileKeys: readonly (keyof PersonProfile)[] = [
	...choiceProfileFields.map((field) => field.key),
	areaField.key
];
