import { openSealed, sealForVault, SealedBoxError, type VaultKeys } from '$lib/crypto';
import type { EncryptedRow, SealedRow, StekboekDatabase } from '$lib/db/database';
import { encodeRecord } from '$lib/db/record-codec';
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
	/** Every record key the restore wrote or removed. */
	touched: StoredKey[];
}

const keyOf = (kind: string, id: string) => `${kind}|${id}`;

function encodeAll(dataKey: Uint8Array, records: readonly BackupRecord[]): EncryptedRow[] {
	return records.map(({ kind, record }) =>
		encodeRecord(dataKey, kind, record as Parameters<typeof encodeRecord>[2])
	);
}

/**
 * A device without a vault becomes the backed-up vault: same header (so the same
 * passphrase opens it), records encrypted under its data key, sealed rows as they were.
 * One transaction over the vault, records and sealed tables; if a vault appeared in the
 * meantime (another tab), nothing is written and `vault-exists` is thrown.
 */
export async function writeNewVault(db: StekboekDatabase, contents: BackupContents): Promise<void> {
	const rows = encodeAll(contents.keys.dataKey, contents.records);
	const sealed: SealedRow[] = contents.sealed.map(({ id, sealed }) => ({ id, sealed }));
	await db.transaction('rw', [db.vault, db.records, db.sealed], async () => {
		if (await db.vault.get('vault')) throw new BackupError('vault-exists');
		// Rows without a vault header can never be decrypted: leftovers of a broken wipe.
		await db.records.clear();
		await db.sealed.clear();
		await db.vault.put({
			id: 'vault',
			header: contents.header,
			failedUnlocks: 0,
			wipeAfterFailures: null
		});
		if (rows.length > 0) await db.records.bulkPut(rows);
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
	const encoded = new Map(
		encodeAll(device.dataKey, contents.records).map((row) => [keyOf(row.kind, row.id), row])
	);
	const { rows: sealed, dropped } = resealFor(device, contents);
	return db.transaction('rw', [db.records, db.sealed], async () => {
		const keys = (await db.records.toCollection().primaryKeys()) as unknown as StoredKey[];
		const sealedIds = (await db.sealed.toCollection().primaryKeys()) as string[];
		const plan = planRestore(mode, { records: contents.records, sealed }, { keys, sealedIds });
		if (plan.remove.length > 0) await db.records.bulkDelete(plan.remove.map(([k, id]) => [k, id]));
		if (plan.removeSealed.length > 0) await db.sealed.bulkDelete(plan.removeSealed);
		const puts = plan.put.map(({ kind, record }) => encoded.get(keyOf(kind, record.id))!);
		if (puts.length > 0) await db.records.bulkPut(puts);
		if (plan.putSealed.length > 0) await db.sealed.bulkPut(plan.putSealed);
		const touched = [
			...plan.remove,
			...plan.put.map(({ kind, record }): StoredKey => [kind, record.id])
		];
		return {
			mode,
			added: plan.added,
			overlapping: plan.overlapping,
			removed: plan.removed,
			sealedDropped: dropped,
			touched
		};
	});
}
