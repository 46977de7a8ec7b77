import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/**
 * Stores changed list items (added, renamed, moved, archived, or a colleague's file) and
 * removes at most one unused item, all in one commit.
 */
export function saveTaxonomyItems(
	data: VaultData,
	items: readonly TaxonomyItem[],
	removeId?: string
): Promise<ActionResult> {
	return runAction(() =>
		data.commit([
			...items.map((record) => ({ op: 'put' as const, kind: 'taxonomy' as const, record })),
			...(removeId ? [{ op: 'delete' as const, kind: 'taxonomy' as const, id: removeId }] : [])
		])
	);
}
