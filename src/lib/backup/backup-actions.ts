import { forgetKeys, vaultHeaderSchema } from '$lib/crypto';
import { readVaultRow } from '$lib/db/vault-store';
import { todayIso } from '$lib/domain/common.schema';
import { recordKindNames } from '$lib/domain/record-kinds';
import { tabSync } from '$lib/state/tab-sync';
import { vault } from '$lib/state/vault-session.svelte';
import type { BackupRecord } from './backup-content';
import { BackupError } from './backup-error';
import { BACKUP_EXTENSION, BACKUP_MIME_TYPE, MAX_BACKUP_BYTES } from './backup-format';
import { readBackup } from './backup-reader';
import { countRegistered } from './backup-reminder';
import { backupSummary, type SummaryKind } from './backup-summary';
import { writeBackup } from './backup-writer';
import type { RestoreMode } from './restore-plan';
import { writeIntoVault, writeNewVault, type RestoreOutcome } from './restore-writer';
import { requestPersistentStorage } from './storage-persistence';

/** `stekboek-backup-YYYY-MM-DD.stekboek`, in the device's own date. */
export function backupFileName(now: Date): string {
	return `stekboek-backup-${todayIso(now)}${BACKUP_EXTENSION}`;
}

/** A made backup, not yet handed to the worker. */
export interface MadeBackup {
	file: File;
	createdAt: string;
	recordCount: number;
	/** What the worker recognises in it (persons, contacts, …), for the message. */
	summary: { kind: SummaryKind; count: number }[];
	registered: number;
	skipped: number;
}

/**
 * Makes a backup file of the unlocked vault from memory (every readable record) and the
 * stored sealed rows. The settings inside already name this backup as the last one, so a
 * device restored from it does not remind at once.
 */
export async function makeBackup(now: Date = new Date()): Promise<MadeBackup> {
	const data = vault.data;
	if (!data) throw new BackupError('unexpected', 'locked');
	const header = vaultHeaderSchema.parse((await readVaultRow(vault.db))?.header);
	const createdAt = now.toISOString();
	const registered = countRegistered(data);
	const records = recordKindNames
		.filter((kind) => kind !== 'settings')
		.flatMap((kind) => data.list(kind).map((record) => ({ kind, record }) as BackupRecord));
	records.push({
		kind: 'settings',
		record: { ...data.settings, lastBackupAt: createdAt, recordsAtLastBackup: registered }
	});
	const sealed = await vault.db.sealed.toArray();
	const written = await writeBackup({ header, keys: data.keys, records, sealed, createdAt });
	const file = new File([written.bytes as Uint8Array<ArrayBuffer>], backupFileName(now), {
		type: BACKUP_MIME_TYPE
	});
	return {
		file,
		createdAt,
		registered,
		recordCount: written.recordCount,
		summary: backupSummary(data),
		skipped: written.skipped
	};
}

/** Remembers a delivered backup, so the reminder counts from it. */
export async function rememberBackup(made: MadeBackup): Promise<void> {
	void requestPersistentStorage();
	await vault.data?.saveSettings({
		lastBackupAt: made.createdAt,
		recordsAtLastBackup: made.registered
	});
}

async function fileBytes(file: File): Promise<Uint8Array> {
	if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large');
	return new Uint8Array(await file.arrayBuffer());
}

/**
 * Restores onto a device without a vault: checks the whole file, writes the vault and all
 * records in one transaction, then unlocks with the same passphrase. Any refusal throws
 * `BackupError` with the device untouched.
 */
export async function restoreOnNewDevice(file: File, passphrase: string): Promise<void> {
	const contents = await readBackup(await fileBytes(file), passphrase);
	try {
		await writeNewVault(vault.db, contents);
	} finally {
		forgetKeys(contents.keys);
	}
	void requestPersistentStorage();
	await vault.unlock(passphrase);
}

/**
 * Restores into the unlocked vault (replace or merge, as the worker chose), in one
 * transaction, then refreshes this tab's memory and tells the other open tabs.
 */
export async function restoreIntoVault(
	file: File,
	passphrase: string,
	mode: RestoreMode
): Promise<RestoreOutcome> {
	const data = vault.data;
	if (!data) throw new BackupError('unexpected', 'locked');
	const contents = await readBackup(await fileBytes(file), passphrase);
	let outcome: RestoreOutcome;
	try {
		outcome = await writeIntoVault(vault.db, contents, data.keys, mode);
	} finally {
		forgetKeys(contents.keys);
	}
	await data.refresh(outcome.rows);
	tabSync.post({ type: 'changed', rows: outcome.rows });
	return outcome;
}
