import { z } from 'zod';
import { upgradeRecord } from '$lib/db/record-migrations';
import { idSchema } from '$lib/domain/common.schema';
import {
	recordKinds,
	recordKindNames,
	type RecordKind,
	type RecordOf
} from '$lib/domain/record-kinds';
import { base64BytesSchema, fromBase64, toBase64 } from '$lib/crypto';
import { BackupError } from './backup-error';

/** One decrypted record as the backup carries it. */
export type BackupRecord = { [K in RecordKind]: { kind: K; record: RecordOf<K> } }[RecordKind];

/** A row sealed to the vault's public key while it was locked; still sealed in the backup. */
export interface BackupSealed {
	id: string;
	sealed: Uint8Array;
}

/** What the encrypted body of a backup holds once read and validated. */
export interface BackupBody {
	createdAt: string;
	records: BackupRecord[];
	sealed: BackupSealed[];
}

/**
 * The plaintext inside the stream is newline-separated JSON (one line per item, so an
 * error can name the line and nothing needs one giant parse):
 *   line 1: manifest { format, version, createdAt, recordCount, sealedCount }
 *   then recordCount lines { kind, id, version, record } (the record's schema version),
 *   then sealedCount lines { id, sealed } (sealed box, base64url).
 * The counts make a body that lost or gained lines refuse, on top of the final tag.
 */
const manifestSchema = z.strictObject({
	format: z.literal('stekboek-backup-content'),
	version: z.literal(1),
	createdAt: z.iso.datetime(),
	recordCount: z.int().min(0),
	sealedCount: z.int().min(0)
});

const recordLineSchema = z.strictObject({
	kind: z.enum(recordKindNames as [RecordKind, ...RecordKind[]]),
	id: idSchema,
	version: z.int().min(1),
	record: z.unknown()
});

const sealedLineSchema = z.strictObject({
	id: z.string().min(1).max(200),
	sealed: base64BytesSchema()
});

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Serialises a body; records are written at their kind's current schema version. */
export function encodeBody(body: BackupBody): Uint8Array {
	const manifest: z.infer<typeof manifestSchema> = {
		format: 'stekboek-backup-content',
		version: 1,
		createdAt: body.createdAt,
		recordCount: body.records.length,
		sealedCount: body.sealed.length
	};
	const lines = [JSON.stringify(manifest)];
	for (const { kind, record } of body.records) {
		lines.push(JSON.stringify({ kind, id: record.id, version: recordKinds[kind].version, record }));
	}
	for (const row of body.sealed) {
		lines.push(JSON.stringify({ id: row.id, sealed: toBase64(row.sealed) }));
	}
	return encoder.encode(lines.join('\n'));
}

function parseLine(line: string | undefined, index: number): unknown {
	try {
		return JSON.parse(line ?? '');
	} catch {
		throw new BackupError('invalid-content', `line ${index + 1}`);
	}
}

/**
 * Validates one record line: known kind, not newer than this app, upgraded to the current
 * schema version, valid by its zod schema, and carrying the id its line names.
 */
export function decodeRecordLine(value: unknown, lineNumber: number): BackupRecord {
	const line = recordLineSchema.safeParse(value);
	if (!line.success) throw new BackupError('invalid-record', `line ${lineNumber}`);
	const { kind, id, version, record } = line.data;
	const upgraded = upgradeRecord(kind, version, record);
	if (!upgraded.ok) {
		const reason = upgraded.reason === 'newer-version' ? 'newer-record' : 'invalid-record';
		throw new BackupError(reason, `line ${lineNumber}`);
	}
	const parsed = recordKinds[kind].schema.safeParse(upgraded.value);
	if (!parsed.success || (parsed.data as { id: string }).id !== id) {
		throw new BackupError('invalid-record', `line ${lineNumber}`);
	}
	return { kind, record: parsed.data } as BackupRecord;
}

/** Parses and validates a whole decrypted body; throws `BackupError` at the first fault. */
export function decodeBody(plaintext: Uint8Array): BackupBody {
	let text: string;
	try {
		text = decoder.decode(plaintext);
	} catch {
		throw new BackupError('invalid-content', 'utf-8');
	}
	const lines = text.split('\n');
	const manifest = manifestSchema.safeParse(parseLine(lines[0], 0));
	if (!manifest.success) throw new BackupError('invalid-content', 'manifest');
	const { createdAt, recordCount, sealedCount } = manifest.data;
	if (lines.length !== 1 + recordCount + sealedCount) {
		throw new BackupError('count-mismatch', `${lines.length - 1} lines`);
	}
	const seen = new Set<string>();
	const records: BackupRecord[] = [];
	for (let index = 1; index <= recordCount; index++) {
		const item = decodeRecordLine(parseLine(lines[index], index), index + 1);
		const key = `${item.kind}|${item.record.id}`;
		if (seen.has(key)) throw new BackupError('invalid-record', `line ${index + 1} repeats`);
		seen.add(key);
		records.push(item);
	}
	const sealed: BackupSealed[] = [];
	const sealedIds = new Set<string>();
	for (let index = 1 + recordCount; index < lines.length; index++) {
		const row = sealedLineSchema.safeParse(parseLine(lines[index], index));
		if (!row.success || sealedIds.has(row.data.id)) {
			throw new BackupError('invalid-content', `line ${index + 1}`);
		}
		sealedIds.add(row.data.id);
		sealed.push({ id: row.data.id, sealed: fromBase64(row.data.sealed) });
	}
	return { createdAt, records, sealed };
}
