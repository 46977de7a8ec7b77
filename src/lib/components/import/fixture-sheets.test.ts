import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { previewSheet, resolveImport } from '$lib/import';
import { decodeSheet } from './decode-sheet';

/** The CSV files the end-to-end tests upload, checked here so the e2e expectations hold. */
const fixture = (name: string) =>
	decodeSheet(
		new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)))
	).text;

describe('the e2e fixture sheets', () => {
	it('registratie-voorbeeld.csv: one invalid row, one unknown theme, one merged contact', () => {
		const preview = previewSheet(fixture('registratie-voorbeeld.csv'), defaultTaxonomy(), []);
		if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
		const { rowCount, validRowCount, persons, contacts, helpRequests, signals } = preview.value;
		expect({ rowCount, validRowCount, persons, contacts, helpRequests, signals }).toEqual({
			rowCount: 6,
			validRowCount: 5,
			persons: { new: 3, existing: 0 },
			contacts: 4,
			helpRequests: 4,
			signals: 1
		});
		expect(preview.value.invalidRows.map((row) => [row.line, row.code])).toEqual([
			[7, 'invalidDate']
		]);
		expect(
			preview.value.unknownLabels.map((label) => [label.list, label.label, label.lines])
		).toEqual([['themes', 'Woonzorg', [6]]]);
		expect(preview.value.ignoredColumns).toEqual(['Opmerking intern']);
		const records = resolveImport(preview.value, {
			'themes:woonzorg': { action: 'map', toId: 'theme-huisvesting' }
		});
		expect(records.ok && records.value.persons.map((person) => person.alias).sort()).toEqual([
			'Fatma',
			'Jonas',
			'Mira'
		]);
	});

	it('registratie-kapot.csv is refused as a whole for its missing columns', () => {
		const preview = previewSheet(fixture('registratie-kapot.csv'), defaultTaxonomy(), []);
		expect(preview.ok || preview.errors.map((error) => error.code)).toEqual(['missingColumns']);
	});
});
