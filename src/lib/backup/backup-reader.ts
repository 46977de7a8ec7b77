import {
	CryptoError,
	decryptStream,
	fromBase64,
	KdfDowngradeError,
	memzero,
	TamperedError,
	TruncatedError,
	unlockVault,
	unwrapKey,
	WrongPassphraseError,
	forgetKeys,
	type VaultHeader,
	type VaultKeys
} from '$lib/crypto';
import { decodeBody, type BackupBody } from './backup-content';
import { BackupError } from './backup-error';
import { fileKeyAad, splitBackup } from './backup-format';

/** A backup that passed every check: its vault header, the vault's keys and its content. */
export interface BackupContents extends BackupBody {
	header: VaultHeader;
	/** The backed-up vault's keys; the caller zeroes them with `forgetKeys` when done. */
	keys: VaultKeys;
}

export interface ReadOptions {
	/**
	 * Opens the backed-up vault header with the passphrase. Defaults to `unlockVault`
	 * (Argon2id at the header's cost, floor enforced); the fuzz test passes a memoised
	 * one so that ten thousand cases do not each pay for Argon2id.
	 */
	unlock?: (header: VaultHeader, passphrase: string) => Promise<VaultKeys>;
}

/**
 * Reads and checks a whole `.stekboek` file before anything is written: header, KDF cost
 * (never below the floor), passphrase, every chunk, the final tag, the counts and every
 * record against its zod schema. Throws only `BackupError`; nothing is written, ever.
 */
export async function readBackup(
	bytes: Uint8Array,
	passphrase: string,
	options: ReadOptions = {}
): Promise<BackupContents> {
	try {
		return await readChecked(bytes, passphrase, options.unlock ?? unlockVault);
	} catch (error) {
		throw asBackupError(error);
	}
}

async function readChecked(
	bytes: Uint8Array,
	passphrase: string,
	unlock: NonNullable<ReadOptions['unlock']>
): Promise<BackupContents> {
	const { header, aad, body } = splitBackup(bytes);
	const keys = await unlock(header.vault, passphrase);
	let fileKey: Uint8Array | undefined;
	let plaintext: Uint8Array | undefined;
	try {
		const wrapped = {
			nonce: fromBase64(header.fileKey.nonce),
			ciphertext: fromBase64(header.fileKey.ciphertext)
		};
		try {
			fileKey = unwrapKey(keys.dataKey, wrapped, fileKeyAad(header.vault.vaultId));
		} catch {
			// The passphrase opened the vault header, so a file key that fails is damage.
			throw new BackupError('damaged-header', 'file key');
		}
		plaintext = decryptStream(fileKey, aad, body);
		return { ...decodeBody(plaintext), header: header.vault, keys };
	} catch (error) {
		forgetKeys(keys);
		throw error;
	} finally {
		if (fileKey) memzero(fileKey);
		if (plaintext) memzero(plaintext);
	}
}

/** Maps anything thrown while reading to the one error type callers handle. */
function asBackupError(error: unknown): BackupError {
	if (error instanceof BackupError) return error;
	if (error instanceof WrongPassphraseError) return new BackupError('wrong-passphrase');
	if (error instanceof KdfDowngradeError) return new BackupError('kdf-refused', error.reason);
	if (error instanceof TruncatedError) return new BackupError('truncated');
	if (error instanceof TamperedError)
		return new BackupError('tampered', `chunk ${error.chunkIndex}`);
	if (error instanceof CryptoError) return new BackupError('damaged-header', error.code);
	const name = error instanceof Error ? error.name : typeof error;
	return new BackupError('unexpected', name);
}
