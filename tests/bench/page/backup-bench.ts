import { createVault, loadSodium } from '$lib/crypto';
import { openDatabase } from '$lib/db/database';
import { EncryptedRepository } from '$lib/db/encrypted-repository';
import { newId } from '$lib/domain/common.schema';
import { readBackup } from '$lib/backup/backup-reader';
import { sampleRecords, TEST_PASSPHRASE } from '$test-support/backup/backup-test-kit';
import { writeBackup } from '$lib/backup/backup-writer';
import { writeNewVault } from '$lib/backup/restore-writer';

/** One measured backup and restore; times in milliseconds, size in bytes. */
export interface BackupFigures {
	records: number;
	fileBytes: number;
	writeMs: number;
	readMs: number;
	restoreWriteMs: number;
	reloadMs: number;
}

/**
 * Figures for the benchmark (no pass/fail): a vault at the production KDF cost with
 * `contacts` contacts (~0.8 KB each), one person per five contacts and the default lists.
 * `writeMs`: make the file from decrypted records. `readMs`: Argon2id + decrypt + validate
 * the whole file. `restoreWriteMs`: re-encrypt and write every record in one transaction
 * (first-run restore). `reloadMs`: load + decrypt + validate the restored vault.
 */
export async function measureBackup(contacts = 10_000): Promise<BackupFigures> {
	await loadSodium();
	const { header, keys } = await createVault(TEST_PASSPHRASE);
	const records = sampleRecords(Math.ceil(contacts / 5), contacts);
	const createdAt = new Date().toISOString();
	let started = performance.now();
	const { bytes } = await writeBackup({ header, keys, records, sealed: [], createdAt });
	const writeMs = performance.now() - started;
	started = performance.now();
	const contents = await readBackup(bytes, TEST_PASSPHRASE);
	const readMs = performance.now() - started;
	const db = openDatabase(`backup-bench-${newId()}`);
	started = performance.now();
	await writeNewVault(db, contents);
	const restoreWriteMs = performance.now() - started;
	started = performance.now();
	const repository = new EncryptedRepository(db, contents.keys.dataKey);
	await repository.load();
	const reloadMs = performance.now() - started;
	if (repository.count('contact') !== contacts) throw new Error('restore lost records');
	await db.delete();
	const round = (ms: number) => Math.round(ms);
	return {
		records: records.length,
		fileBytes: bytes.length,
		writeMs: round(writeMs),
		readMs: round(readMs),
		restoreWriteMs: round(restoreWriteMs),
		reloadMs: round(reloadMs)
	};
}
