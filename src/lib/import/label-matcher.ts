import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { ImportList, LabelRef } from './import-types';
import { normalizeKey } from './normalize-text';

export type LabelMatcher = (list: ImportList, label: string) => LabelRef;

/** The key an unknown label is listed and decided under, e.g. `themes:huisvesting`. */
export function labelKey(list: ImportList, label: string): string {
	return `${list}:${normalizeKey(label)}`;
}

/**
 * Matches sheet labels to taxonomy items, ignoring case and spaces, on the Dutch label or
 * the English `labelEn`; archived items still match. When two items share a label the
 * Dutch label wins over the English one, an active item over an archived one, then the
 * first in the taxonomy.
 */
export function makeLabelMatcher(taxonomy: readonly TaxonomyItem[]): LabelMatcher {
	const index = new Map<string, string>();
	const passes: [(item: TaxonomyItem) => string | null, boolean][] = [
		[(item) => item.label, false],
		[(item) => item.label, true],
		[(item) => item.labelEn, false],
		[(item) => item.labelEn, true]
	];
	for (const [labelOf, archived] of passes) {
		for (const item of taxonomy) {
			const label = labelOf(item);
			if (item.archived !== archived || label === null) continue;
			const key = `${item.list}:${normalizeKey(label)}`;
			if (!index.has(key)) index.set(key, item.id);
		}
	}
	return (list, label) => {
		const key = labelKey(list, label);
		return { list, id: index.get(key) ?? null, key, label: label.trim() };
	};
}
