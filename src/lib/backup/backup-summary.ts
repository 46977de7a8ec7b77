import type { RecordKind } from '$lib/domain/record-kinds';
import type { VaultData } from '$lib/state/vault-data.svelte';

/**
 * The kinds a worker recognises in a backup message, in the order they are named. Lists,
 * settings, templates, drafts and the anonymous focus inputs are left out: "96 gegevens"
 * after 5 contacts told the worker nothing.
 */
export const SUMMARY_KINDS = [
	'person',
	'contact',
	'session',
	'outreach',
	'signal',
	'focusSession'
] as const satisfies readonly RecordKind[];

export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/** How many of each recognisable kind a backup holds; kinds with none are left out. */
export function backupSummary(
	data: Pick<VaultData, 'list'>
): { kind: SummaryKind; count: number }[] {
	return SUMMARY_KINDS.map((kind) => ({ kind, count: data.list(kind).length })).filter(
		(entry) => entry.count > 0
	);
}
