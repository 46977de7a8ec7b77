import {
	taxonomyItemSchema,
	type TaxonomyItem,
	type TaxonomyList
} from '$lib/domain/taxonomy.schema';
import { fileLists, type TaxonomyFile, type TaxonomyFileItem } from './taxonomy-file.schema';
import { refuse, type TaxonomyOutcome } from './taxonomy-types';

export type ItemChangeKind =
	'added' | 'renamed' | 'archived' | 'unarchived' | 'moved' | 'kindChanged';

/** One item the import writes: `before` null for a new item; `uses` counts its records. */
export interface ItemChange {
	before: TaxonomyItem | null;
	after: TaxonomyItem;
	kinds: ItemChangeKind[];
	uses: number;
}

/** What importing a file would change; `changes` are written together, or not at all. */
export interface TaxonomyImportPlan {
	changes: ItemChange[];
	unchanged: number;
}

function nextOrders(
	file: TaxonomyFile,
	current: readonly TaxonomyItem[]
): Map<TaxonomyList, number> {
	const next = new Map<TaxonomyList, number>();
	const bump = (list: TaxonomyList, order: number) =>
		next.set(list, Math.max(next.get(list) ?? 0, order + 1));
	for (const item of current) bump(item.list, item.order);
	for (const list of fileLists)
		for (const item of file.lists[list] ?? []) if (item.order !== undefined) bump(list, item.order);
	return next;
}

function merged(
	list: TaxonomyList,
	item: TaxonomyFileItem,
	before: TaxonomyItem | undefined,
	order: () => number
): TaxonomyItem {
	return {
		id: item.id,
		list,
		label: item.label,
		labelEn: item.labelEn !== undefined ? item.labelEn : (before?.labelEn ?? null),
		archived: item.archived,
		order: item.order ?? before?.order ?? order(),
		activityKind:
			list === 'activities' ? (item.activityKind ?? before?.activityKind ?? 'individual') : null
	};
}

function kindsOf(before: TaxonomyItem | undefined, after: TaxonomyItem): ItemChangeKind[] {
	if (!before) return ['added'];
	const kinds: ItemChangeKind[] = [];
	if (before.label !== after.label || before.labelEn !== after.labelEn) kinds.push('renamed');
	if (!before.archived && after.archived) kinds.push('archived');
	if (before.archived && !after.archived) kinds.push('unarchived');
	if (before.order !== after.order) kinds.push('moved');
	if (before.activityKind !== after.activityKind) kinds.push('kindChanged');
	return kinds;
}

/**
 * Merges a read taxonomy file into the device's lists by id: an item of the file is added,
 * or replaces the device's item with that id; an item only on the device stays as it is;
 * nothing is ever deleted. Fields a file leaves out keep the device's value. An id that
 * the device holds in another list is refused, since moving it would change old records.
 */
export function planTaxonomyImport(
	file: TaxonomyFile,
	current: readonly TaxonomyItem[],
	uses: ReadonlyMap<string, number>
): TaxonomyOutcome<TaxonomyImportPlan> {
	const byId = new Map(current.map((item) => [item.id, item]));
	const orders = nextOrders(file, current);
	const changes: ItemChange[] = [];
	let unchanged = 0;
	for (const list of fileLists) {
		const order = () => {
			const value = orders.get(list) ?? 0;
			orders.set(list, value + 1);
			return value;
		};
		for (const item of file.lists[list] ?? []) {
			const before = byId.get(item.id);
			if (before && before.list !== list)
				return refuse('listConflict', { id: item.id, list, deviceList: before.list });
			const after = merged(list, item, before, order);
			if (!taxonomyItemSchema.safeParse(after).success) return refuse('unexpected');
			const kinds = kindsOf(before, after);
			if (kinds.length === 0) unchanged += 1;
			else changes.push({ before: before ?? null, after, kinds, uses: uses.get(item.id) ?? 0 });
		}
	}
	return { ok: true, value: { changes, unchanged } };
}
