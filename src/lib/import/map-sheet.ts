import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import type { Person } from '$lib/domain/person.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { groupContacts } from './group-contacts';
import type {
	ImportIssue,
	ImportOutcome,
	ImportPreview,
	PlannedRow,
	RowIssue
} from './import-types';
import { makeLabelMatcher } from './label-matcher';
import type { ParsedSheet } from './parse-sheet';
import { indexPersons, planPersons } from './plan-persons';
import { readRow } from './read-row';
import { collectUnknownLabels } from './unknown-labels';

/** The activity a row groups under before unknown labels are decided. */
export function provisionalActivityKey(row: PlannedRow): string {
	return row.activity.id ?? `unknown:${row.activity.key}`;
}

function buildPreview(
	sheet: ParsedSheet,
	taxonomy: readonly TaxonomyItem[],
	vaultPersons: readonly Person[]
): ImportPreview {
	const match = makeLabelMatcher(taxonomy);
	const vault = indexPersons(vaultPersons);
	const rows: PlannedRow[] = [];
	const invalidRows: RowIssue[] = [];
	for (const sheetRow of sheet.rows) {
		const read = readRow(sheetRow, sheet.headers, match);
		const sameAlias =
			read.ok && read.value.personKey ? (vault.get(read.value.personKey) ?? []) : [];
		if (!read.ok) invalidRows.push(read.issue);
		else if (sameAlias.length > 1) {
			const params = {
				line: read.value.line,
				alias: read.value.alias ?? '',
				count: sameAlias.length
			};
			invalidRows.push({ line: read.value.line, code: 'ambiguousPerson', params });
		} else rows.push(read.value);
	}
	const persons = planPersons(rows, vault);
	const helpRequests = rows.filter((row) => row.helpRequest !== null);
	const signals = helpRequests.filter((row) =>
		row.helpRequest?.approaches.some((ref) => ref.id === SIGNAL_APPROACH_ID)
	);
	return {
		rowCount: sheet.rows.length,
		validRowCount: rows.length,
		persons: {
			new: persons.filter((person) => person.existing === null).length,
			existing: persons.filter((person) => person.existing !== null).length
		},
		contacts: groupContacts(rows, provisionalActivityKey).length,
		helpRequests: helpRequests.length,
		signals: signals.length,
		invalidRows,
		unknownLabels: collectUnknownLabels(rows),
		ignoredColumns: sheet.ignoredColumns,
		plan: { rows, persons, taxonomy }
	};
}

/**
 * The preview of importing a parsed sheet into a vault with this taxonomy and these
 * persons: counts, left-out rows with their reason, and labels the taxonomy lacks.
 * Contacts are counted before unknown labels are decided; mapping an unknown activity
 * onto an existing one can merge contacts. Never throws.
 */
export function mapSheet(
	sheet: ParsedSheet,
	taxonomy: readonly TaxonomyItem[],
	persons: readonly Person[]
): ImportOutcome<ImportPreview, ImportIssue> {
	try {
		return { ok: true, value: buildPreview(sheet, taxonomy, persons) };
	} catch {
		return { ok: false, errors: [{ code: 'unexpected', params: {} }] };
	}
}
