import type { Signal } from '$lib/domain/signal.schema';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/** Stores a new or edited signal (its linked help requests included). */
export function saveSignal(data: VaultData, signal: Signal): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'put', kind: 'signal', record: signal }]));
}

/** Removes a signal; the help requests it linked stay, only the link goes. */
export function deleteSignal(data: VaultData, id: string): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'delete', kind: 'signal', id }]));
}
