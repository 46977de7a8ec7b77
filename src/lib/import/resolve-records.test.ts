import { describe, expect, it } from 'vitest';
import { contactSchema } from '$lib/domain/contact.schema';
import { personSchema } from '$lib/domain/person.schema';
import { resolveImport } from './resolve-import';
import {
	counterIds,
	HEADER,
	previewOf,
	recordsOf,
	resolveOf,
	sheet
} from '$test-support/import/test-fixtures';

const UNKNOWN = sheet(
	HEADER,
	'2022-01-01;AB;Buurtfeest;Pensioen;;Advies;;',
	'2022-01-01;AB;Digipunt;Werk;;Bellen;;'
);

describe('resolveImport: the records', () => {
	it('gives records that the domain schemas accept', () => {
		const records = recordsOf(previewOf(UNKNOWN));
		expect(records.persons.every((person) => personSchema.safeParse(person).success)).toBe(true);
		expect(
			records.contacts.every(
				(contact) => contact.date === '2022-01-01' && contactSchema.safeParse(contact).success
			)
		).toBe(true);
	});

	it('gives the same records for the same input and the same ids', () => {
		const preview = previewOf(UNKNOWN);
		const decisions = {
			'activities:buurtfeest': { action: 'add' as const },
			'themes:pensioen': { action: 'add' as const },
			'approaches:bellen': { action: 'add' as const }
		};
		const first = resolveImport(preview, decisions, { newId: counterIds() });
		const second = resolveImport(preview, decisions, { newId: counterIds() });
		expect(second).toEqual(first);
	});

	it('uses random ids by default', () => {
		const result = resolveOf(previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;;;;;')));
		const random = resolveImport(previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;;;;;')), {});
		expect(
			result.ok && random.ok && random.value.contacts[0]?.id !== result.value.contacts[0]?.id
		).toBe(true);
	});

	it('returns an error result instead of throwing on a preview it cannot use', () => {
		expect(resolveImport(null as never, {})).toEqual({
			ok: false,
			errors: [{ code: 'unexpected', params: {} }]
		});
	});

	it('refuses records the domain schemas refuse, with nothing half done', () => {
		const preview = previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;;;;;'));
		const broken = {
			...preview,
			plan: {
				...preview.plan,
				rows: preview.plan.rows.map((row) => ({ ...row, date: '2022-02-31' }))
			}
		};
		expect(resolveOf(broken)).toMatchObject({
			ok: false,
			errors: [{ code: 'invalidRecord', params: { kind: 'contact' } }]
		});
	});
});
