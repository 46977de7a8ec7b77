import type { BackupRecord, BackupSealed } from './backup-content';

/**
 * How a backup lands on a device that already has a vault, chosen by the worker:
 * - `replace`: the device's records and sealed rows are removed and the backup's written;
 * - `merge`: by id. What exists only in the backup is added; for an id on both, the
 *   DEVICE's version is kept, because it is the one the worker saw last and a backup is
 *   older by nature. Nothing on the device is ever overwritten or removed by a merge.
 */
export type RestoreMode = 'replace' | 'merge';

/** A stored record's key as IndexedDB holds it: [kind, id]. */
export type StoredKey = readonly [kind: string, id: string];

/** What a restore will do, computed before the write. */
export interface RestorePlan {
	put: BackupRecord[];
	/** Device rows to remove (replace only): every stored row, readable or not. */
	remove: StoredKey[];
	putSealed: BackupSealed[];
	removeSealed: string[];
	/** Backup records whose id the device did not have. */
	added: number;
	/** Backup records whose id the device had: overwritten (replace) or left alone (merge). */
	overlapping: number;
	/** Device records that a replace removes. */
	removed: number;
}

const keyOf = (kind: string, id: string) => `${kind}|${id}`;

/** Plans a restore from the backup's content and the keys the device holds right now. */
export function planRestore(
	mode: RestoreMode,
	backup: { records: readonly BackupRecord[]; sealed: readonly BackupSealed[] },
	device: { keys: readonly StoredKey[]; sealedIds: readonly string[] }
): RestorePlan {
	const onDevice = new Set(device.keys.map(([kind, id]) => keyOf(kind, id)));
	const inBackup = new Set(backup.records.map(({ kind, record }) => keyOf(kind, record.id)));
	const isNew = ({ kind, record }: BackupRecord) => !onDevice.has(keyOf(kind, record.id));
	const added = backup.records.filter(isNew).length;
	const overlapping = backup.records.length - added;
	if (mode === 'replace') {
		return {
			put: [...backup.records],
			remove: [...device.keys],
			putSealed: [...backup.sealed],
			removeSealed: [...device.sealedIds],
			added,
			overlapping,
			removed: device.keys.filter(([kind, id]) => !inBackup.has(keyOf(kind, id))).length
		};
	}
	const sealedOnDevice = new Set(device.sealedIds);
	return {
		put: backup.records.filter(isNew),
		remove: [],
		putSealed: backup.sealed.filter((row) => !sealedOnDevice.has(row.id)),
		removeSealed: [],
		added,
		overlapping,
		removed: 0
	};
}
