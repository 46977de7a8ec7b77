import {
	decryptRecord,
	encryptRecord,
	pad,
	randomBytes,
	RecordDecryptor,
	toBase64,
	unpad,
	type RecordRef
} from '$lib/crypto';
import { recordKinds, type RecordKind, type RecordOf } from '$lib/domain/record-kinds';
import { z } from 'zod';
import type { ItemRow } from './database';
import { parseJson, validateRecord, type UnreadableReason } from './record-codec';

/**
 * What one opaque row holds once decrypted: the record's kind, the schema version it was
 * written at, and the record itself. Nothing of this is visible in IndexedDB.
 */
export const envelopeSchema = z.object({
	kind: z.string(),
	version: z.int().positive(),
	record: z.unknown()
});
export type Envelope = z.infer<typeof envelopeSchema>;

/**
 * AAD of a row: a format tag and the row id (`stekboek-item|<rowId>|2`). The row id is the
 * one clear thing left to bind, so a ciphertext moved to another row fails to open;
 * kind and version are inside the ciphertext and need no binding.
 */
const ITEM_TAG = 'stekboek-item';
const ITEM_FORMAT = 2;
const refOf = (rowId: string) => ({ table: ITEM_TAG, id: rowId, schemaVersion: ITEM_FORMAT });
const encoder = new TextEncoder();

/** A fresh random row id (128 bits, base64url): it means nothing and is never reused. */
export function newRowId(): string {
	return toBase64(randomBytes(16));
}

/** The envelope of a record at its kind's current schema version. */
export function envelopeOf<K extends RecordKind>(kind: K, record: RecordOf<K>): Envelope {
	return { kind, version: recordKinds[kind].version, record };
}

/**
 * Encrypts an envelope into the row `rowId`: JSON, padded to a multiple of 256 bytes
 * (so the ciphertext, 256·n + 16 bytes, tells nothing of a note's length), then
 * XChaCha20-Poly1305 under the data key with a fresh nonce.
 */
export function encodeItem(dataKey: Uint8Array, rowId: string, envelope: Envelope): ItemRow {
	const padded = pad(encoder.encode(JSON.stringify(envelope)));
	return { id: rowId, ...encryptRecord(dataKey, refOf(rowId), padded) };
}

export type OpenResult =
	{ ok: true; envelope: Envelope } | { ok: false; reason: UnreadableReason; detail: string };

/** Decrypts and unpads one row into its envelope (not yet validated as a record). */
export function openItem(dataKey: Uint8Array, row: ItemRow): OpenResult {
	return openWith((ref, nonce, ciphertext) => decryptRecord(dataKey, ref, nonce, ciphertext), row);
}

type Decrypt = (ref: RecordRef, nonce: Uint8Array, ciphertext: Uint8Array) => Uint8Array;

/** `openItem` with a given decryption; the plaintext is read here and not kept. */
function openWith(decrypt: Decrypt, row: ItemRow): OpenResult {
	let plaintext: Uint8Array;
	try {
		plaintext = decrypt(refOf(row.id), row.nonce, row.ciphertext);
	} catch (error) {
		return { ok: false, reason: 'decryption', detail: String(error) };
	}
	const unpadded = unpad(plaintext);
	if (!unpadded) return { ok: false, reason: 'json', detail: 'bad padding' };
	const json = parseJson(unpadded);
	if (!json.ok) return json;
	const envelope = asEnvelope(json.value);
	if (!envelope) return { ok: false, reason: 'json', detail: 'not an envelope' };
	return { ok: true, envelope };
}

/**
 * `envelopeSchema` checked by hand: unlock opens every row, and zod (jitless under the
 * CSP) spent about 1.5 µs a row copying an object whose record is validated next anyway.
 * Same rules; a unit test holds the two to the same verdicts.
 */
export function asEnvelope(value: unknown): Envelope | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	if (!Object.hasOwn(value, 'record')) return null;
	const { kind, version, record } = value as Record<string, unknown>;
	if (typeof kind !== 'string') return null;
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version <= 0) return null;
	return { kind, version, record };
}

export type RecordResult =
	| { ok: true; kind: RecordKind; record: { id: string } }
	| { ok: false; reason: UnreadableReason; detail: string };

const knownKinds = new Set<string>(Object.keys(recordKinds));

/** Turns an envelope into a validated record of a known kind, upgraded if it is older. */
export function readEnvelope(envelope: Envelope): RecordResult {
	if (!knownKinds.has(envelope.kind)) {
		return { ok: false, reason: 'unknown-kind', detail: envelope.kind };
	}
	const kind = envelope.kind as RecordKind;
	const result = validateRecord(kind, envelope.version, envelope.record);
	if (!result.ok) return result;
	return { ok: true, kind, record: result.record as { id: string } };
}

/**
 * A stored row as the working set takes it in: a valid record, or why not (with the
 * envelope and record id when the row decrypted, so a rotation can carry it along).
 * Plain data, so a worker can decode rows and post the result back.
 */
export type DecodedRow =
	| { ok: true; kind: RecordKind; record: { id: string } }
	| { ok: false; reason: UnreadableReason; envelope?: Envelope; id?: string };

/** Validates a decrypted envelope into a `DecodedRow`. */
export function decodeEnvelope(envelope: Envelope): DecodedRow {
	const result = readEnvelope(envelope);
	if (result.ok) return result;
	const recordId = (envelope.record as { id?: unknown } | null)?.id;
	const id = typeof recordId === 'string' ? recordId : undefined;
	return { ok: false, reason: result.reason, envelope, ...(id ? { id } : {}) };
}

/**
 * Decrypts, opens and validates stored rows, in their order, with one `RecordDecryptor`
 * (unlock decodes every row: the plaintext is decoded straight from wasm memory).
 */
export function decodeItems(dataKey: Uint8Array, rows: readonly ItemRow[]): DecodedRow[] {
	const decryptor = new RecordDecryptor(dataKey);
	const decrypt: Decrypt = (ref, nonce, ciphertext) =>
		decryptor.decryptTransient(ref, nonce, ciphertext);
	try {
		return rows.map((row) => {
			const opened = openWith(decrypt, row);
			return opened.ok ? decodeEnvelope(opened.envelope) : { ok: false, reason: opened.reason };
		});
	} finally {
		decryptor.dispose();
	}
}
