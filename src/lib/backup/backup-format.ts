import { z } from 'zod';
import { base64BytesSchema, NONCE_BYTES, vaultHeaderSchema } from '$lib/crypto';
import { BackupError } from './backup-error';

/**
 * The clear part of a `.stekboek` file (formats.md §4), byte by byte:
 *
 *   0..8    magic `STEKBOEK` (ASCII)
 *   8..10   format version, u16 big-endian (1)
 *   10..14  length L of the header JSON, u32 big-endian (at most 16 KiB)
 *   14..14+L  header JSON, UTF-8: { vault: <vault header>, fileKey: { nonce, ciphertext } }
 *   then    the secretstream body (see crypto/secretstream.ts): 24-byte stream header and
 *           length-framed 64 KiB chunks, the last tagged FINAL.
 *
 * Bytes 0..14+L are the associated data of EVERY chunk, so changing any header byte
 * (version, salt, KDF cost, wrapped keys) makes the whole file fail to authenticate.
 * The vault header carries the KDF salt and parameters: the file opens with the vault's
 * passphrase at the time of the backup.
 */
export const BACKUP_MAGIC = 'STEKBOEK';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.stekboek';
/** The MIME type a share sheet or download gets; the format is our own binary. */
export const BACKUP_MIME_TYPE = 'application/octet-stream';
const PREFIX_BYTES = 14;
const MAX_PLAUSIBLE_VERSION = 99;
const MAX_HEADER_BYTES = 16 * 1024;
/** Far above any real vault (10k contacts make ~8 MB), low enough not to exhaust memory. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** The 32-byte stream key wrapped under the vault's data key (XChaCha20-Poly1305, 16-byte tag). */
const wrappedFileKeySchema = z.strictObject({
	nonce: base64BytesSchema(NONCE_BYTES),
	ciphertext: base64BytesSchema(32 + 16)
});

/** The header JSON: the vault header (salt, KDF cost, wrapped keys) and the wrapped file key. */
export const backupHeaderSchema = z.strictObject({
	vault: vaultHeaderSchema,
	fileKey: wrappedFileKeySchema
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** AAD of the file-key wrap: names the vault and the scheme, so it cannot be moved. */
export function fileKeyAad(vaultId: string): string {
	return `stekboek-backup|${vaultId}|v${BACKUP_FORMAT_VERSION}|file-key`;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The clear prefix and header of a new file; also the AAD of every chunk. */
export function encodeClearHeader(header: BackupHeader): Uint8Array {
	const json = encoder.encode(JSON.stringify(header));
	const out = new Uint8Array(PREFIX_BYTES + json.length);
	const view = new DataView(out.buffer);
	out.set(encoder.encode(BACKUP_MAGIC));
	view.setUint16(8, BACKUP_FORMAT_VERSION);
	view.setUint32(10, json.length);
	out.set(json, PREFIX_BYTES);
	return out;
}

/** A file split into its validated header, the header bytes (AAD) and the encrypted body. */
export interface SplitBackup {
	header: BackupHeader;
	aad: Uint8Array;
	body: Uint8Array;
}

/**
 * Reads the clear part of a file without any key. Throws `BackupError`: `not-a-backup`
 * (magic), `newer-format` (a version this app does not know), `damaged-header` or
 * `truncated`. Nothing is trusted yet: the stream authenticates these bytes later.
 */
export function splitBackup(bytes: Uint8Array): SplitBackup {
	if (bytes.length > MAX_BACKUP_BYTES) throw new BackupError('too-large');
	const magic = encoder.encode(BACKUP_MAGIC);
	if (bytes.length < magic.length || magic.some((byte, index) => bytes[index] !== byte)) {
		throw new BackupError('not-a-backup');
	}
	if (bytes.length < PREFIX_BYTES) throw new BackupError('truncated', 'prefix');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const version = view.getUint16(8);
	// A version a little above ours is a newer app's file; 0 or a wild number is damage.
	if (version > BACKUP_FORMAT_VERSION && version <= MAX_PLAUSIBLE_VERSION) {
		throw new BackupError('newer-format', `v${version}`);
	}
	if (version !== BACKUP_FORMAT_VERSION) throw new BackupError('damaged-header', `v${version}`);
	const length = view.getUint32(10);
	if (length > MAX_HEADER_BYTES) throw new BackupError('damaged-header', 'header length');
	const end = PREFIX_BYTES + length;
	if (end > bytes.length) throw new BackupError('truncated', 'header');
	let json: unknown;
	try {
		json = JSON.parse(decoder.decode(bytes.subarray(PREFIX_BYTES, end)));
	} catch {
		throw new BackupError('damaged-header', 'json');
	}
	const parsed = backupHeaderSchema.safeParse(json);
	if (!parsed.success) throw new BackupError('damaged-header', 'schema');
	return { header: parsed.data, aad: bytes.subarray(0, end), body: bytes.subarray(end) };
}
