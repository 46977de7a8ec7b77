import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '$lib/domain/contact.schema';
import type { Person } from '$lib/domain/person.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { sheetTexts } from '$test-support/import/import-fuzz';
import type { ImportPreview, LabelDecision } from './import-types';
import { previewSheet } from './preview-sheet';
import { resolveImport } from './resolve-import';
import { makeSampleSheet } from './sample-sheet';
import { skipExisting } from './skip-existing';

interface Vault {
	taxonomy: TaxonomyItem[];
	persons: Person[];
	contacts: Contact[];
}

/** A decision per unknown label: add it, or map it onto the first item of its list. */
function decide(preview: ImportPreview, vault: Vault, mapSome: boolean[]) {
	return Object.fromEntries(
		preview.unknownLabels.map(({ key, list }, index): [string, LabelDecision] => {
			const target = vault.taxonomy.find((item) => item.list === list);
			return [
				key,
				mapSome[index % Math.max(mapSome.length, 1)] && target
					? { action: 'map', toId: target.id }
					: { action: 'add' }
			];
		})
	);
}

/** One import as the page does it: preview, remembered decisions, skip what is there, write. */
function importInto(
	vault: Vault,
	text: string,
	remembered: Record<string, LabelDecision>,
	mapSome: boolean[]
): { vault: Vault; written: number } | null {
	const preview = previewSheet(text, vault.taxonomy, vault.persons);
	if (!preview.ok) return null;
	const decisions = { ...decide(preview.value, vault, mapSome), ...remembered };
	Object.assign(remembered, decisions);
	const records = resolveImport(preview.value, decisions);
	if (!records.ok) return null;
	const { fresh } = skipExisting(records.value.contacts, vault.contacts);
	const ids = new Set(records.value.persons.map((person) => person.id));
	return {
		vault: {
			taxonomy: [...vault.taxonomy, ...records.value.taxonomyItems],
			persons: [...vault.persons.filter((p) => !ids.has(p.id)), ...records.value.persons],
			contacts: [...vault.contacts, ...fresh]
		},
		written: records.value.persons.length + records.value.taxonomyItems.length + fresh.length
	};
}

const empty = (): Vault => ({ taxonomy: defaultTaxonomy(), persons: [], contacts: [] });

describe('importing a sheet again', () => {
	it('changes nothing: importing any sheet twice equals importing it once', () => {
		const sheets = fc.oneof(
			sheetTexts,
			fc.tuple(fc.integer({ min: 1, max: 40 }), fc.nat()).map(([n, s]) => makeSampleSheet(n, s))
		);
		fc.assert(
			fc.property(sheets, fc.array(fc.boolean(), { maxLength: 4 }), (text, mapSome) => {
				const remembered: Record<string, LabelDecision> = {};
				const once = importInto(empty(), text, remembered, mapSome);
				if (!once) return;
				const twice = importInto(once.vault, text, remembered, mapSome);
				expect(twice?.written).toBe(0);
				expect(twice?.vault.contacts).toEqual(once.vault.contacts);
				expect(twice?.vault.persons).toEqual(once.vault.persons);
			}),
			{ numRuns: 150 }
		);
	});

	it('keeps a contact the sheet holds twice, twice, the first time only', () => {
		const contact = { id: 'c1', date: '2024-01-01', personId: null, activityId: 'a' } as Contact;
		const same = { ...contact, id: 'c2', function: null, note: '', helpRequests: [] };
		const first = skipExisting([{ ...same, id: 'x1' }, same], []);
		expect(first.fresh).toHaveLength(2);
		const second = skipExisting(
			[
				{ ...same, id: 'y1' },
				{ ...same, id: 'y2' }
			],
			first.fresh
		);
		expect(second).toEqual({ fresh: [], skipped: 2 });
	});
});
