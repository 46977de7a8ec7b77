import { newId } from '$lib/domain/common.schema';
import type { ActivityKind, TaxonomyItem, TaxonomyList } from '$lib/domain/taxonomy.schema';
import { normalizeKey } from '$lib/import/normalize-text';
import { refuse, type TaxonomyOutcome } from './taxonomy-types';

const MAX_LABEL = 200;

/** Checks a label a worker typed: not empty, not too long, not already in the list. */
export function checkLabel(
	list: TaxonomyList,
	label: string,
	items: readonly TaxonomyItem[],
	exceptId: string | null = null
): TaxonomyOutcome<string> {
	const trimmed = label.trim().replace(/\s+/g, ' ');
	if (trimmed === '') return refuse('emptyLabel');
	if (trimmed.length > MAX_LABEL) return refuse('labelTooLong', { max: MAX_LABEL });
	const twin = items.find(
		(item) =>
			item.list === list &&
			item.id !== exceptId &&
			normalizeKey(item.label) === normalizeKey(trimmed)
	);
	if (twin)
		return refuse(twin.archived ? 'duplicateArchived' : 'duplicateLabel', { label: twin.label });
	return { ok: true, value: trimmed };
}

/** A new, active item at the end of its list; an activity is a group or individual one. */
export function addItem(
	input: { list: TaxonomyList; label: string; activityKind: ActivityKind },
	items: readonly TaxonomyItem[],
	makeId: () => string = newId
): TaxonomyOutcome<TaxonomyItem> {
	const label = checkLabel(input.list, input.label, items);
	if (!label.ok) return label;
	const orders = items.filter((item) => item.list === input.list).map((item) => item.order);
	return {
		ok: true,
		value: {
			id: makeId(),
			list: input.list,
			label: label.value,
			labelEn: null,
			archived: false,
			order: Math.max(-1, ...orders) + 1,
			activityKind: input.list === 'activities' ? input.activityKind : null
		}
	};
}

/** The item with a new Dutch label and an optional English one (empty = none). */
export function renameItem(
	item: TaxonomyItem,
	label: string,
	labelEn: string,
	items: readonly TaxonomyItem[]
): TaxonomyOutcome<TaxonomyItem> {
	const checked = checkLabel(item.list, label, items, item.id);
	if (!checked.ok) return checked;
	const english = labelEn.trim().replace(/\s+/g, ' ');
	if (english.length > MAX_LABEL) return refuse('labelTooLong', { max: MAX_LABEL });
	return { ok: true, value: { ...item, label: checked.value, labelEn: english || null } };
}

/**
 * Moves an active item one place up (-1) or down (+1) among the active items of its list,
 * then numbers the whole list 0, 1, 2… so ties left by older data disappear. Returns only
 * the items whose order changed (usually two); empty when it cannot move further.
 */
export function moveItem(
	items: readonly TaxonomyItem[],
	id: string,
	direction: -1 | 1
): TaxonomyItem[] {
	const list = items.find((item) => item.id === id)?.list;
	const sorted = items.filter((item) => item.list === list).sort((a, b) => a.order - b.order);
	const from = sorted.findIndex((item) => item.id === id);
	let to = from + direction;
	while (to >= 0 && to < sorted.length && sorted[to]?.archived) to += direction;
	const moving = sorted[from];
	const other = sorted[to];
	if (from < 0 || !moving || !other || moving.archived) return [];
	sorted[from] = other;
	sorted[to] = moving;
	return sorted.flatMap((item, order) => (item.order === order ? [] : [{ ...item, order }]));
}

/**
 * Whether an item may be removed for good: only when no record uses it and the worker
 * added it in this session (a slip to undo). Everything else is archived instead.
 */
export function canDeleteItem(uses: number, addedThisSession: boolean): boolean {
	return uses === 0 && addedThisSession;
}
