import {
	encryptStream,
	loadSodium,
	memzero,
	randomBytes,
	removePasskeySlot,
	toBase64,
	wrapKey,
	type VaultHeader,
	type VaultKeys
} from '$lib/crypto';
import { recordKinds } from '$lib/domain/record-kinds';
import { encodeBody, type BackupRecord, type BackupSealed } from './backup-content';
import { encodeClearHeader, fileKeyAad } from './backup-format';

/** Everything a backup is made from: the vault header, its keys and its decrypted content. */
export interface BackupSource {
	header: VaultHeader;
	keys: Pick<VaultKeys, 'dataKey'>;
	records: readonly BackupRecord[];
	sealed: readonly BackupSealed[];
	createdAt: string;
}

/** The file, and what went into it. */
export interface WrittenBackup {
	bytes: Uint8Array;
	recordCount: number;
	/** Records that failed their own schema and were left out (a restore would refuse them). */
	skipped: number;
}

/**
 * Writes a `.stekboek` file (layout in backup-format.ts). A fresh random file key encrypts
 * the body with secretstream; the file key is wrapped under the vault's data key, and the
 * data key is already wrapped under the passphrase key in the copied vault header, so the
 * file opens with the vault's passphrase (Argon2id, the header's salt and cost) and no
 * passphrase needs to be typed or held in memory to make a backup.
 */
export async function writeBackup(source: BackupSource): Promise<WrittenBackup> {
	await loadSodium();
	// A record that fails its schema would make the reader refuse the whole file, which
	// must never happen to a backup the worker relies on: leave it out and say so.
	const records = source.records.filter(
		({ kind, record }) => recordKinds[kind].schema.safeParse(record).success
	);
	const plaintext = encodeBody({
		createdAt: source.createdAt,
		records,
		sealed: [...source.sealed]
	});
	try {
		const bytes = sealBackup(source.header, source.keys.dataKey, plaintext);
		return { bytes, recordCount: records.length, skipped: source.records.length - records.length };
	} finally {
		memzero(plaintext);
	}
}

/**
 * Encrypts a body (any bytes) into a complete file under a fresh file key. Exported for
 * tests that need a well-encrypted file around a bad body; needs `loadSodium()` first.
 */
export function sealBackup(
	header: VaultHeader,
	dataKey: Uint8Array,
	plaintext: Uint8Array
): Uint8Array {
	const fileKey = randomBytes(32);
	try {
		const wrapped = wrapKey(dataKey, fileKey, fileKeyAad(header.vaultId));
		// A backup opens with the passphrase only: the passkey belongs to this device and origin.
		const clear = encodeClearHeader({
			vault: removePasskeySlot(header),
			fileKey: { nonce: toBase64(wrapped.nonce), ciphertext: toBase64(wrapped.ciphertext) }
		});
		const body = encryptStream(fileKey, clear, plaintext);
		const bytes = new Uint8Array(clear.length + body.length);
		bytes.set(clear);
		bytes.set(body, clear.length);
		return bytes;
	} finally {
		memzero(fileKey);
	}
}
