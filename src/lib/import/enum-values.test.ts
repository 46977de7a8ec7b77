import { describe, expect, it } from 'vitest';
import { choiceProfileFields } from '$lib/domain/profile-fields';
import { columnNames } from './columns';
import { allowedValues, profileFields, readProfileValue } from './enum-values';

describe('profile columns of the import', () => {
	it('are the declared profile fields that the sheet has a column for, in declared order', () => {
		const declared = choiceProfileFields.map((field) => field.key);
		expect(profileFields).toEqual(declared.filter((key) => key in columnNames));
		expect(profileFields).not.toContain('intake');
	});

	it('accept exactly the declared values, plus their synonyms', () => {
		for (const field of profileFields) {
			const values = choiceProfileFields.find((declared) => declared.key === field)!.values;
			expect(allowedValues(field)).toBe(values.join(', '));
			for (const value of values) expect(readProfileValue(field, value.toUpperCase())).toBe(value);
		}
		expect(readProfileValue('gender', 'Female')).toBe('vrouw');
		expect(readProfileValue('gender', 'misschien')).toBeNull();
	});
});
