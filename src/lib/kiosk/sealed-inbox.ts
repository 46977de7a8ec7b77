import type { VaultKeys } from '$lib/crypto';
import type { SealedRow } from '$lib/db/database';
import type { Change } from '$lib/db/encrypted-repository';
import type { RecordKind } from '$lib/domain/record-kinds';
import { captureDraft } from './quick-capture-draft';
import { openEntry } from './sealed-entry';

/** Where the inbox reads sealed rows and writes records (the unlocked vault). */
export interface InboxStore {
	sealedRows(): Promise<SealedRow[]>;
	deleteSealed(ids: readonly string[]): Promise<void>;
	has(kind: RecordKind, id: string): boolean;
	commit(changes: Change[]): Promise<void>;
}

/** What one run of the inbox took in. */
export interface InboxResult {
	focusInputs: number;
	quickCaptures: number;
	/** Rows that did not open (sealed to another vault or damaged): left where they are. */
	unreadable: number;
}

/**
 * Opens everything written while the vault was locked and stores it as ordinary encrypted
 * records in one commit, then deletes the sealed rows it took in. Each record reuses the
 * sealed row's id and is skipped when it already exists, so a crash between the commit and
 * the deletion only means the next run deletes rows it already took in: nothing doubles.
 */
export async function importSealed(
	keys: Pick<VaultKeys, 'publicKey' | 'privateKey'>,
	store: InboxStore
): Promise<InboxResult> {
	const result: InboxResult = { focusInputs: 0, quickCaptures: 0, unreadable: 0 };
	const changes: Change[] = [];
	const taken: string[] = [];
	for (const row of await store.sealedRows()) {
		const entry = openEntry(keys, row);
		if (!entry) {
			result.unreadable += 1;
			continue;
		}
		taken.push(row.id);
		if (entry.kind === 'focusInput') {
			result.focusInputs += 1;
			if (!store.has('focusInput', row.id))
				changes.push({ op: 'put', kind: 'focusInput', record: entry.input });
		} else {
			result.quickCaptures += 1;
			// A capture already completed into a contact under its id stays completed.
			if (!store.has('draft', row.id) && !store.has('contact', row.id))
				changes.push({ op: 'put', kind: 'draft', record: captureDraft(entry.capture) });
		}
	}
	if (changes.length > 0) await store.commit(changes);
	if (taken.length > 0) await store.deleteSealed(taken);
	return result;
}
