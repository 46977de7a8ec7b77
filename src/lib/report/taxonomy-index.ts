import {
	labelOf,
	taxonomyLists,
	type TaxonomyItem,
	type TaxonomyList
} from '$lib/domain/taxonomy.schema';
import type { ReportLanguage } from './report-input';
import { reportText } from './report-text';
import { Tally } from './tally';

/** Where an id that no list item has sorts: after every real item (orders stop at 100 000). */
export const UNLISTED_ORDER = 100_001;

/** One taxonomy list as the report needs it: labels in display order and lookups by id. */
export interface CategoryList {
	/** The label of an item, or the "not in the list" label for an unknown id. */
	labelOf: (id: string) => string;
	/** The display order of an item; unknown ids sort last. */
	orderOf: (id: string) => number;
	/** A tally holding every non-archived label at zero; archived labels appear when used. */
	tally: () => Tally;
}

/** Every taxonomy list, indexed for the report. */
export type TaxonomyIndex = Readonly<Record<TaxonomyList, CategoryList>>;

function categoryList(items: readonly TaxonomyItem[], unlisted: string, language: ReportLanguage) {
	const sorted = [...items].sort(
		(a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const byId = new Map(sorted.map((item) => [item.id, item]));
	const labelById = new Map(sorted.map((item) => [item.id, labelOf(item, language)]));
	const labels = [...labelById.values()];
	const visible = new Set(sorted.filter((i) => !i.archived).map((i) => labelOf(i, language)));
	const optional = new Set(labels.filter((label) => !visible.has(label)));
	return {
		labelOf: (id) => labelById.get(id) ?? unlisted,
		orderOf: (id) => byId.get(id)?.order ?? UNLISTED_ORDER,
		tally: () => new Tally(labels, optional)
	} satisfies CategoryList;
}

/** Indexes the taxonomy per list so that each lookup during aggregation is one Map get. */
export function indexTaxonomy(
	taxonomy: readonly TaxonomyItem[],
	language: ReportLanguage
): TaxonomyIndex {
	const unlisted = reportText(language, 'report.category.unlisted');
	const perList = new Map<TaxonomyList, TaxonomyItem[]>(taxonomyLists.map((list) => [list, []]));
	for (const item of taxonomy) perList.get(item.list)?.push(item);
	const entries = taxonomyLists.map((list) => [
		list,
		categoryList(perList.get(list) ?? [], unlisted, language)
	]);
	return Object.fromEntries(entries) as Record<TaxonomyList, CategoryList>;
}
