import { openSealed, sealForVault, SealedBoxError, type VaultKeys } from '$lib/crypto';
import type { ItemRow, SealedRow, StekboekDatabase } from '$lib/db/database';
import { encodeItem, envelopeOf, newRowId, openItem } from '$lib/db/item-codec';
import type { RecordKind, RecordOf } from '$lib/domain/record-kinds';
import type { BackupRecord, BackupSealed } from './backup-content';
import { BackupError } from './backup-error';
import type { BackupContents } from './backup-reader';
import { planRestore, type RestoreMode, type StoredKey } from './restore-plan';

/** What a restore into an existing vault did, for the worker and for refreshing memory. */
export interface RestoreOutcome {
	mode: RestoreMode;
	added: number;
	overlapping: number;
	removed: number;
	/** Sealed rows of the backup that did not open with its own key pair and were left out. */
	sealedDropped: number;
	/** Every row the restore wrote or removed (opaque row ids), for the tabs to re-read. */
	rows: string[];
}

const keyOf = (kind: string, id: string) => `${kind}|${id}`;
/** Stands in for the kind of a stored row that does not decrypt: no backup record has it. */
const UNREADABLE = '?unreadable';

/** Every backup record encrypted as a new opaque row, by record key. */
function encodeAll(dataKey: Uint8Array, records: readonly BackupRecord[]): Map<string, ItemRow> {
	return new Map(
		records.map(({ kind, record }) => [
			keyOf(kind, record.id),
			encodeItem(dataKey, newRowId(), envelopeOf(kind, record as RecordOf<RecordKind>))
		])
	);
}

/**
 * A device without a vault becomes the backed-up vault: same header (so the same
 * passphrase opens it), records encrypted under its data key, sealed rows as they were.
 * One transaction over every table; if a vault appeared in the meantime (another tab),
 * nothing is written and `vault-exists` is thrown.
 */
export async function writeNewVault(db: StekboekDatabase, contents: BackupContents): Promise<void> {
	const rows = [...encodeAll(contents.keys.dataKey, contents.records).values()];
	const sealed: SealedRow[] = contents.sealed.map(({ id, sealed }) => ({ id, sealed }));
	await db.transaction('rw', [db.vault, db.items, db.records, db.sealed], async () => {
		if (await db.vault.get('vault')) throw new BackupError('vault-exists');
		// Rows without a vault header can never be decrypted: leftovers of a broken wipe.
		await Promise.all([db.items.clear(), db.records.clear(), db.sealed.clear()]);
		await db.vault.put({
			id: 'vault',
			header: contents.header,
			failedUnlocks: 0,
			wipeAfterFailures: null
		});
		if (rows.length > 0) await db.items.bulkPut(rows);
		if (sealed.length > 0) await db.sealed.bulkPut(sealed);
	});
}

/**
 * Sealed rows were sealed to the backed-up vault's public key. Onto another vault they are
 * opened with the backup's key pair and sealed again to this vault's key; a row that does
 * not open is left out (it could never be read) and counted.
 */
function resealFor(
	device: VaultKeys,
	contents: BackupContents
): { rows: BackupSealed[]; dropped: number } {
	const same = contents.keys.publicKey.every((byte, index) => device.publicKey[index] === byte);
	if (same) return { rows: contents.sealed, dropped: 0 };
	const rows: BackupSealed[] = [];
	for (const row of contents.sealed) {
		try {
			rows.push({
				id: row.id,
				sealed: sealForVault(device.publicKey, openSealed(contents.keys, row.sealed))
			});
		} catch (error) {
			if (!(error instanceof SealedBoxError)) throw error;
		}
	}
	return { rows, dropped: contents.sealed.length - rows.length };
}

/** The record key of every stored row (rows that do not decrypt get a key of their own). */
function storedKeys(dataKey: Uint8Array, rows: readonly ItemRow[]): Map<string, StoredKey> {
	const keys = new Map<string, StoredKey>();
	for (const row of rows) {
		const opened = openItem(dataKey, row);
		const id = opened.ok ? (opened.envelope.record as { id?: unknown } | null)?.id : undefined;
		keys.set(
			row.id,
			opened.ok && typeof id === 'string' ? [opened.envelope.kind, id] : [UNREADABLE, row.id]
		);
	}
	return keys;
}

/**
 * Restores into the unlocked vault of this device, re-encrypting every record under the
 * device's data key. The plan is made inside the one transaction from what is stored at
 * that moment, so a change made meanwhile in another tab is counted, never lost to a race.
 */
export async function writeIntoVault(
	db: StekboekDatabase,
	contents: BackupContents,
	device: VaultKeys,
	mode: RestoreMode
): Promise<RestoreOutcome> {
	const encoded = encodeAll(device.dataKey, contents.records);
	const { rows: sealed, dropped } = resealFor(device, contents);
	return db.transaction('rw', [db.items, db.sealed], async () => {
		const stored = storedKeys(device.dataKey, await db.items.toArray());
		const rowOf = new Map([...stored].map(([row, [kind, id]]) => [keyOf(kind, id), row]));
		const sealedIds = (await db.sealed.toCollection().primaryKeys()) as string[];
		const keys = [...stored.values()];
		const plan = planRestore(mode, { records: contents.records, sealed }, { keys, sealedIds });
		const remove = plan.remove.map(([kind, id]) => rowOf.get(keyOf(kind, id))!);
		if (remove.length > 0) await db.items.bulkDelete(remove);
		if (plan.removeSealed.length > 0) await db.sealed.bulkDelete(plan.removeSealed);
		const puts = plan.put.map(({ kind, record }) => encoded.get(keyOf(kind, record.id))!);
		if (puts.length > 0) await db.items.bulkPut(puts);
		if (plan.putSealed.length > 0) await db.sealed.bulkPut(plan.putSealed);
		return {
			mode,
			added: plan.added,
			overlapping: plan.overlapping,
			removed: plan.removed,
			sealedDropped: dropped,
			rows: [...remove, ...puts.map((row) => row.id)]
		};
	});
}
