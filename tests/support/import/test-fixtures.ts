import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { unknownProfile } from '$lib/domain/person.schema';
import type { Person } from '$lib/domain/person.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type {
	ImportOutcome,
	ImportPreview,
	ImportRecords,
	LabelDecisions
} from '$lib/import/import-types';
import { previewSheet } from '$lib/import/preview-sheet';
import { resolveImport } from '$lib/import/resolve-import';

/** The header of the tests' sheets: the columns they use most, in formats.md order. */
export const HEADER =
	'Datum;Persoon;Activiteit;Thema;Omschrijving;Aanpak;Doorverwijzing naar;Status';

/** A sheet from a header and rows, joined with line breaks. */
export function sheet(header: string, ...rows: string[]): string {
	return [header, ...rows].join('\n');
}

/** An existing vault person with every profile field unknown unless given. */
export function vaultPerson(alias: string, extra: Partial<Person> = {}): Person {
	return {
		...unknownProfile,
		id: `person-${alias.trim().replace(/[^A-Za-z0-9_-]/g, '_')}`,
		alias,
		notes: 'eigen notitie',
		firstContact: null,
		...extra
	};
}

/** A counter for ids, so resolved records are the same on every run. */
export function counterIds(): () => string {
	let next = 0;
	return () => `id-${String((next += 1)).padStart(8, '0')}`;
}

/** The preview of `text`, failing the test when the file itself is refused. */
export function previewOf(
	text: string,
	persons: readonly Person[] = [],
	taxonomy: readonly TaxonomyItem[] = defaultTaxonomy()
): ImportPreview {
	const result = previewSheet(text, taxonomy, persons);
	if (!result.ok) throw new Error(`file refused: ${JSON.stringify(result.errors)}`);
	return result.value;
}

/** Resolves with counter ids; every unknown label is added unless decided otherwise. */
export function resolveOf(
	preview: ImportPreview,
	decisions: LabelDecisions = {}
): ImportOutcome<ImportRecords> {
	const all = Object.fromEntries(
		preview.unknownLabels.map(({ key }) => [key, { action: 'add' as const }])
	);
	return resolveImport(preview, { ...all, ...decisions }, { newId: counterIds() });
}

/** The records of a resolve that must succeed. */
export function recordsOf(preview: ImportPreview, decisions: LabelDecisions = {}): ImportRecords {
	const result = resolveOf(preview, decisions);
	if (!result.ok) throw new Error(`resolve refused: ${JSON.stringify(result.errors)}`);
	return result.value;
}
