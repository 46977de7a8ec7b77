import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/** Removes quick-capture drafts (discarded, or completed into a contact) in one commit. */
export function deleteDrafts(data: VaultData, ids: readonly string[]): Promise<ActionResult> {
	if (ids.length === 0) return Promise.resolve({ ok: true });
	return runAction(() => data.commit(ids.map((id) => ({ op: 'delete', kind: 'draft', id }))));
}
