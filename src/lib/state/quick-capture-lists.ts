import { z } from 'zod';
import { idSchema } from '$lib/domain/common.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { KioskStorage } from '$lib/kiosk/kiosk-config';

/**
 * The activity and theme names the lock screen's quick capture offers, KEPT IN CLEAR in
 * localStorage because the lock screen has no data key. Off by default (security.md:
 * nothing in clear outside the vault): only when the worker switches them on, after a
 * sentence saying their labels are then readable on this device. Refreshed whenever the
 * vault is unlocked; removed when switched off and when the device is wiped.
 */
const QUICK_LISTS_KEY = 'stekboek.quickLists';

const itemSchema = z.object({
	id: idSchema,
	label: z.string().min(1).max(200),
	labelEn: z.string().min(1).max(200).nullable()
});
const quickListsSchema = z.object({
	activities: z.array(itemSchema).max(500),
	themes: z.array(itemSchema).max(500)
});

export type QuickListItem = z.infer<typeof itemSchema>;
export type QuickLists = z.infer<typeof quickListsSchema>;

/** The active activities and themes, names only, in list order. */
export function quickListsOf(taxonomy: readonly TaxonomyItem[]): QuickLists {
	const pick = (list: 'activities' | 'themes') =>
		taxonomy
			.filter((item) => item.list === list && !item.archived)
			.map(({ id, label, labelEn }) => ({ id, label, labelEn }));
	return { activities: pick('activities'), themes: pick('themes') };
}

/** Stores the lists for the lock screen; writes only when they changed. */
export function storeQuickLists(storage: KioskStorage | null, lists: QuickLists): void {
	try {
		const text = JSON.stringify(lists);
		if (storage && storage.getItem(QUICK_LISTS_KEY) !== text)
			storage.setItem(QUICK_LISTS_KEY, text);
	} catch {
		// Without storage the lock screen offers a note only.
	}
}

/** Removes the lists (switched off): the lock screen then offers a note only. */
export function clearQuickLists(storage: KioskStorage | null): void {
	try {
		storage?.removeItem(QUICK_LISTS_KEY);
	} catch {
		// Nothing stored means nothing to clear.
	}
}

/** Stores the lists when the setting is on, removes them when it is off. */
export function syncQuickLists(
	storage: KioskStorage | null,
	on: boolean,
	taxonomy: readonly TaxonomyItem[]
): void {
	if (on) storeQuickLists(storage, quickListsOf(taxonomy));
	else clearQuickLists(storage);
}

/** The lists as last stored, or empty lists (never unlocked on this device yet). */
export function readQuickLists(storage: KioskStorage | null): QuickLists {
	try {
		const parsed = quickListsSchema.safeParse(
			JSON.parse(storage?.getItem(QUICK_LISTS_KEY) ?? 'null')
		);
		if (parsed.success) return parsed.data;
	} catch {
		// Unreadable: fall through.
	}
	return { activities: [], themes: [] };
}
