/**
 * Encrypted backup and restore (`.stekboek`, formats.md §4). Pure-ish core: `writeBackup`
 * and `readBackup` work on bytes, `planRestore` on keys, `writeNewVault` / `writeIntoVault`
 * on a Dexie database; `backup-actions.ts` ties them to the running vault session.
 */
export { BackupError, type BackupRefusal } from './backup-error';
export {
	BACKUP_EXTENSION,
	BACKUP_FORMAT_VERSION,
	BACKUP_MAGIC,
	MAX_BACKUP_BYTES,
	splitBackup
} from './backup-format';
export {
	encodeBody,
	decodeBody,
	type BackupBody,
	type BackupRecord,
	type BackupSealed
} from './backup-content';
export { writeBackup, type BackupSource, type WrittenBackup } from './backup-writer';
export { readBackup, type BackupContents, type ReadOptions } from './backup-reader';
export { planRestore, type RestoreMode, type RestorePlan, type StoredKey } from './restore-plan';
export { writeIntoVault, writeNewVault, type RestoreOutcome } from './restore-writer';
export {
	backupReminderDue,
	countRegistered,
	COUNTED_KINDS,
	type ReminderDue
} from './backup-reminder';
