import type { z } from 'zod';
import { contactSchema } from '$lib/domain/contact.schema';
import { personSchema } from '$lib/domain/person.schema';
import { taxonomyItemSchema } from '$lib/domain/taxonomy.schema';
import type { ImportIssue, ImportOutcome, ImportRecords } from './import-types';

const MAX_REPORTED = 20;

function check<S extends z.ZodType>(
	schema: S,
	kind: string,
	records: readonly unknown[],
	errors: ImportIssue[]
): z.output<S>[] {
	const valid: z.output<S>[] = [];
	records.forEach((record, index) => {
		const result = schema.safeParse(record);
		if (result.success) valid.push(result.data);
		else if (errors.length < MAX_REPORTED) {
			const issue = result.error.issues[0];
			const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : '';
			errors.push({ code: 'invalidRecord', params: { kind, index, detail } });
		}
	});
	return valid;
}

/** The records checked against the domain schemas; one bad record refuses them all. */
export function validateRecords(records: ImportRecords): ImportOutcome<ImportRecords, ImportIssue> {
	const errors: ImportIssue[] = [];
	const persons = check(personSchema, 'person', records.persons, errors);
	const contacts = check(contactSchema, 'contact', records.contacts, errors);
	const taxonomyItems = check(taxonomyItemSchema, 'taxonomy', records.taxonomyItems, errors);
	return errors.length > 0
		? { ok: false, errors }
		: { ok: true, value: { persons, contacts, taxonomyItems } };
}
