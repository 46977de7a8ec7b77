import fc from 'fast-check';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { columnKeys, columnNames } from '$lib/import/columns';
import type { ImportPreview } from '$lib/import/import-types';
import { previewSheet } from '$lib/import/preview-sheet';
import { resolveImport } from '$lib/import/resolve-import';
import { makeSampleSheet } from '$lib/import/sample-sheet';

/** Runs per property in the unit tests; a benchmark passes 10,000 to `checkImportNeverThrows`. */
export const FUZZ_RUNS = 300;

/** Default items whose ids the id schema accepts, so resolving fails only for real reasons. */
const taxonomy = defaultTaxonomy();
const header = columnKeys.map((key) => columnNames[key].nl).join(';');
const pieces = [
	';',
	',',
	'"',
	'""',
	'\n',
	'\r\n',
	'\r',
	'|',
	' ',
	'\uFEFF',
	'é',
	'\t',
	'/',
	'-',
	'2022-02-29',
	'31/12/2022',
	'1/1/2023',
	'AB',
	'ab ',
	'Digipunt',
	'Werk',
	'Advies',
	'Opgepikt als signaal',
	'Nieuw',
	'vrouw',
	'onbekend',
	'ja',
	'open',
	'45-64',
	'Datum',
	'Activiteit',
	'x'.repeat(201)
];

const csvText = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 120 })
	.map((parts) => parts.join(''));

type Mutation = {
	line: number;
	cell: number;
	insert: string;
	kind: 'replace' | 'insert' | 'drop' | 'copy';
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
	line: fc.nat(),
	cell: fc.nat(),
	insert: fc.oneof(fc.constantFrom(...pieces), csvText),
	kind: fc.constantFrom('replace', 'insert', 'drop', 'copy')
});

/** Damages data rows (the header stays): replaces, inserts, drops or copies a cell or row. */
function mutate(text: string, mutations: readonly Mutation[]): string {
	const [head = '', ...rows] = text.split('\r\n');
	for (const { line, cell, insert, kind } of mutations) {
		const at = line % Math.max(rows.length, 1);
		const cells = (rows[at] ?? '').split(';');
		const index = cell % cells.length;
		if (kind === 'copy') rows.splice(at, 0, rows[at] ?? '');
		else if (kind === 'drop') cells.splice(index, 1);
		else cells[index] = kind === 'replace' ? insert : `${cells[index] ?? ''}${insert}`;
		if (kind !== 'copy') rows[at] = cells.join(';');
	}
	return [head, ...rows].join('\r\n');
}

/** Any text: random strings, CSV-ish noise, noise under a valid header, and damaged sample sheets. */
export const sheetTexts: fc.Arbitrary<string> = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	csvText,
	csvText.map((rows) => `${header}\n${rows}`),
	fc
		.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }))
		.map(([seed, edits]) => mutate(makeSampleSheet(12, seed), edits))
);

function checkCounts(preview: ImportPreview): void {
	if (preview.validRowCount + preview.invalidRows.length !== preview.rowCount)
		throw new Error('rows do not add up');
	const all = Object.fromEntries(
		preview.unknownLabels.map(({ key }) => [key, { action: 'add' as const }])
	);
	const undecided = resolveImport(preview, {});
	if (preview.unknownLabels.length > 0 && undecided.ok)
		throw new Error('resolved without decisions');
	const resolved = resolveImport(preview, all);
	if (!resolved.ok)
		throw new Error(`resolve refused: ${JSON.stringify(resolved.errors.slice(0, 2))}`);
	const helpRequests = resolved.value.contacts.reduce(
		(sum, contact) => sum + contact.helpRequests.length,
		0
	);
	if (
		helpRequests !== preview.helpRequests ||
		resolved.value.contacts.length !== preview.contacts
	) {
		throw new Error('records do not match the preview');
	}
}

/**
 * Checks that parse + map + resolve never throw and always return a result object, and
 * that a preview whose unknown labels are all added always resolves to records that
 * match its counts. Throws (for the test runner) with the failing input otherwise.
 */
export function checkImportNeverThrows(runs: number = FUZZ_RUNS, seed?: number): void {
	fc.assert(
		fc.property(sheetTexts, (text) => {
			const preview = previewSheet(text, taxonomy, []);
			if (typeof preview !== 'object' || typeof preview.ok !== 'boolean')
				throw new Error('no result');
			if (!preview.ok) {
				if (preview.errors.length === 0) throw new Error('refused without a reason');
				return;
			}
			checkCounts(preview.value);
		}),
		{ numRuns: runs, seed }
	);
}
