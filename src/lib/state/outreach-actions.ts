import type { OutreachRound } from '$lib/domain/outreach.schema';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/** Stores a new or edited outreach round. */
export function saveOutreach(data: VaultData, round: OutreachRound): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'put', kind: 'outreach', record: round }]));
}

/** Removes an outreach round; nothing else refers to one. */
export function deleteOutreach(data: VaultData, id: string): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'delete', kind: 'outreach', id }]));
}
