import { z } from 'zod';
import { idSchema } from '$lib/domain/common.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { KioskStorage } from '$lib/kiosk/kiosk-config';

/**
 * The activity and theme names the lock screen's quick capture offers, KEPT IN CLEAR in
 * localStorage because the lock screen has no data key. Decision: these are the team's own
 * list names (places, activities, themes: the same for every visitor), not personal data;
 * which one a capture chose is sealed. Refreshed whenever the vault is unlocked; removed
 * with everything else when the device is wiped.
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
