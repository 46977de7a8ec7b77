import type { Person } from '$lib/domain/person.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { ImportIssue, ImportOutcome, ImportPreview } from './import-types';
import { mapSheet } from './map-sheet';
import { parseSheet } from './parse-sheet';

/** Parses the text of a registration sheet and maps it to a preview in one step. */
export function previewSheet(
	text: string,
	taxonomy: readonly TaxonomyItem[],
	persons: readonly Person[]
): ImportOutcome<ImportPreview, ImportIssue> {
	const sheet = parseSheet(text);
	return sheet.ok ? mapSheet(sheet.value, taxonomy, persons) : sheet;
}
