import { decryptRecord, encryptRecord } from '$lib/crypto';
import { recordKinds, type RecordKind, type RecordOf } from '$lib/domain/record-kinds';
import type { EncryptedRow } from './database';
import { upgradeRecord } from './record-migrations';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Why a stored row could not be turned back into a record. */
export type UnreadableReason = 'decryption' | 'json' | 'newer-version' | 'migration' | 'schema';

export type DecodeResult<K extends RecordKind> =
	{ ok: true; record: RecordOf<K> } | { ok: false; reason: UnreadableReason; detail: string };

/**
 * Encrypts a record under its kind's current schema version. The kind, id and version
 * are bound in the AAD, so the row cannot be moved to another id, kind or version.
 */
export function encodeRecord<K extends RecordKind>(
	dataKey: Uint8Array,
	kind: K,
	record: RecordOf<K>
): EncryptedRow {
	const version = recordKinds[kind].version;
	const id = (record as { id: string }).id;
	const plaintext = encoder.encode(JSON.stringify(record));
	const { nonce, ciphertext } = encryptRecord(
		dataKey,
		{ table: kind, id, schemaVersion: version },
		plaintext
	);
	return { kind, id, version, nonce, ciphertext };
}

/** Decrypts, upgrades to the current schema version and validates one stored row. */
export function decodeRecord<K extends RecordKind>(
	dataKey: Uint8Array,
	kind: K,
	row: EncryptedRow
): DecodeResult<K> {
	let plaintext: Uint8Array;
	try {
		plaintext = decryptRecord(
			dataKey,
			{ table: kind, id: row.id, schemaVersion: row.version },
			row.nonce,
			row.ciphertext
		);
	} catch (error) {
		return { ok: false, reason: 'decryption', detail: String(error) };
	}
	let value: unknown;
	try {
		value = JSON.parse(decoder.decode(plaintext));
	} catch (error) {
		return { ok: false, reason: 'json', detail: String(error) };
	}
	const upgraded = upgradeRecord(kind, row.version, value);
	if (!upgraded.ok) return { ok: false, reason: upgraded.reason, detail: upgraded.detail };
	const parsed = recordKinds[kind].schema.safeParse(upgraded.value);
	if (!parsed.success) return { ok: false, reason: 'schema', detail: parsed.error.message };
	if ((parsed.data as { id: string }).id !== row.id) {
		return { ok: false, reason: 'schema', detail: 'id inside the record differs from the row' };
	}
	return { ok: true, record: parsed.data as RecordOf<K> };
}
