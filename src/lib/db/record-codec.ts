import { decryptRecord } from '$lib/crypto';
import { recordKinds, type RecordKind, type RecordOf } from '$lib/domain/record-kinds';
import type { LegacyRow } from './database';
import { upgradeRecord } from './record-migrations';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Why a stored row could not be turned back into a record. */
export type UnreadableReason =
	'decryption' | 'json' | 'newer-version' | 'migration' | 'schema' | 'unknown-kind' | 'duplicate';

export type DecodeResult<K extends RecordKind> =
	{ ok: true; record: RecordOf<K> } | { ok: false; reason: UnreadableReason; detail: string };

/** Decrypted bytes as JSON, or the reason they are not. */
export function parseJson(
	plaintext: Uint8Array
): { ok: true; value: unknown } | { ok: false; reason: 'json'; detail: string } {
	try {
		return { ok: true, value: JSON.parse(decoder.decode(plaintext)) };
	} catch (error) {
		return { ok: false, reason: 'json', detail: String(error) };
	}
}

/**
 * Upgrades a decrypted record written at `version` to its kind's current schema version
 * and validates it. Every record read from storage or a file passes through here.
 */
export function validateRecord<K extends RecordKind>(
	kind: K,
	version: number,
	value: unknown
): DecodeResult<K> {
	const upgraded = upgradeRecord(kind, version, value);
	if (!upgraded.ok) return { ok: false, reason: upgraded.reason, detail: upgraded.detail };
	const parsed = recordKinds[kind].schema.safeParse(upgraded.value);
	if (!parsed.success) return { ok: false, reason: 'schema', detail: parsed.error.message };
	return { ok: true, record: parsed.data as RecordOf<K> };
}

/**
 * Decrypts a row of the version-1 layout, whose AAD is `kind|id|version`, into its JSON
 * value. Used only to move such rows into the opaque table.
 */
export function openLegacyRow(
	dataKey: Uint8Array,
	row: LegacyRow
): { ok: true; value: unknown } | { ok: false; reason: UnreadableReason; detail: string } {
	try {
		const ref = { table: row.kind, id: row.id, schemaVersion: row.version };
		return parseJson(decryptRecord(dataKey, ref, row.nonce, row.ciphertext));
	} catch (error) {
		return { ok: false, reason: 'decryption', detail: String(error) };
	}
}
