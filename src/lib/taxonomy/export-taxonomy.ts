import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import {
	fileLists,
	TAXONOMY_FORMAT,
	TAXONOMY_VERSION,
	type TaxonomyFile
} from './taxonomy-file.schema';

/**
 * Every list of the device as a `stekboek-taxonomy` v1 file, archived items included (a
 * colleague's old records may use them), each list in display order.
 */
export function exportTaxonomy(items: readonly TaxonomyItem[]): TaxonomyFile {
	const sorted = [...items].sort((a, b) => a.order - b.order);
	const lists = Object.fromEntries(
		fileLists.map((list) => [
			list,
			sorted
				.filter((item) => item.list === list)
				.map(({ id, label, archived, labelEn, order, activityKind }) => ({
					id,
					label,
					archived,
					labelEn,
					order,
					...(list === 'activities' ? { activityKind } : {})
				}))
		])
	);
	return { format: TAXONOMY_FORMAT, version: TAXONOMY_VERSION, lists };
}

/** The text of the exported file: readable JSON, one line per field. */
export function taxonomyFileText(items: readonly TaxonomyItem[]): string {
	return `${JSON.stringify(exportTaxonomy(items), null, 2)}\n`;
}
