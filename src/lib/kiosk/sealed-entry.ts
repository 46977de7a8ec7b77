import { z } from 'zod';
import { openSealed, sealForVault, utf8, type VaultKeys } from '$lib/crypto';
import type { SealedRow } from '$lib/db/database';
import { idSchema, isoDateSchema } from '$lib/domain/common.schema';
import { focusInputSchema } from '$lib/domain/focus.schema';
import {
	answersProblem,
	charCount,
	ID_MAX_CHARS,
	JSON_BYTES_PER_CHAR,
	KIOSK_CHOICE_LIMIT,
	KIOSK_MAX_ANSWERS,
	KIOSK_TEXT_LIMIT
} from './kiosk-limits';

/** A contact noted on the lock screen: to be completed (or discarded) after unlock. */
export const quickCaptureSchema = z.object({
	id: idSchema,
	date: isoDateSchema,
	activityId: idSchema.nullable(),
	themeId: idSchema.nullable(),
	note: z.string().max(2000)
});
export type QuickCapture = z.infer<typeof quickCaptureSchema>;

/**
 * What a sealed row holds. A sealed box has no associated data, so the kind and the id are
 * inside the plaintext and checked after opening: a box copied into another row is refused.
 */
export const sealedEntrySchema = z.discriminatedUnion('kind', [
	z.object({ format: z.literal(1), kind: z.literal('focusInput'), input: focusInputSchema }),
	z.object({ format: z.literal(1), kind: z.literal('quickCapture'), capture: quickCaptureSchema })
]);
export type SealedEntry = z.infer<typeof sealedEntrySchema>;

/** The byte length of an entry's JSON. */
function jsonBytes(value: unknown): number {
	return utf8(JSON.stringify(value)).length;
}

/**
 * The one plaintext size of every sealed row: an upper bound of the largest legal entry, rounded
 * up to 256 bytes. A focus input: the longest ids, every answer with all its fields, every
 * allowed theme choice as a longest id, and all allowed text at six bytes a character. A quick
 * capture: the longest ids and a note of the allowed length.
 */
function sealedBlockBytes(): number {
	const id = 'x'.repeat(ID_MAX_CHARS);
	const answer = { promptId: id, text: '', themeIds: [], rating: 5 };
	const input = jsonBytes({
		format: 1,
		kind: 'focusInput',
		input: { id, focusSessionId: id, answers: Array(KIOSK_MAX_ANSWERS).fill(answer) }
	});
	const choices = KIOSK_CHOICE_LIMIT * (ID_MAX_CHARS + 3);
	const capture = jsonBytes({
		format: 1,
		kind: 'quickCapture',
		capture: { id, date: '2024-01-01', activityId: id, themeId: id, note: '' }
	});
	const largest = Math.max(input + choices, capture) + KIOSK_TEXT_LIMIT * JSON_BYTES_PER_CHAR;
	return Math.ceil(largest / 256) * 256;
}

/** Every sealed plaintext is padded to exactly this many bytes (security.md: one fixed size). */
export const SEALED_BLOCK_BYTES = sealedBlockBytes();

/** An entry beyond the kiosk limits: refused, nothing sealed. */
export class SealedEntryTooLarge extends Error {
	constructor() {
		super('sealed entry beyond the kiosk limits');
	}
}

/** True when an entry stays within the limits the fixed block is sized for. */
export function withinLimits(entry: SealedEntry): boolean {
	if (entry.kind === 'quickCapture') return charCount(entry.capture.note) <= KIOSK_TEXT_LIMIT;
	return answersProblem(entry.input.answers) === null;
}

/** The id an entry is stored under (and must be found under). */
export function entryId(entry: SealedEntry): string {
	return entry.kind === 'focusInput' ? entry.input.id : entry.capture.id;
}

/**
 * Seals an entry to the vault's public key, padded to the one fixed size (an entry beyond the
 * limits throws SealedEntryTooLarge), as a row for the `sealed` table. Needs only the
 * clear public key, so it works while the vault is locked; nothing here can open it again.
 */
export function sealEntry(publicKey: Uint8Array, entry: SealedEntry): SealedRow {
	const parsed = sealedEntrySchema.parse(entry);
	const json = JSON.stringify(parsed);
	const length = utf8(json).length;
	if (!withinLimits(parsed) || length > SEALED_BLOCK_BYTES) throw new SealedEntryTooLarge();
	// Trailing spaces are valid JSON whitespace: the parser ignores them after opening.
	const padded = json + ' '.repeat(SEALED_BLOCK_BYTES - length);
	return { id: entryId(parsed), sealed: sealForVault(publicKey, utf8(padded)) };
}

/**
 * Opens a sealed row with the unlocked vault's key pair. Null when it does not open (sealed
 * to another vault, damaged), is not an entry, or was moved from the row it was written to.
 */
export function openEntry(
	keys: Pick<VaultKeys, 'publicKey' | 'privateKey'>,
	row: SealedRow
): SealedEntry | null {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(openSealed(keys, row.sealed));
		const parsed = sealedEntrySchema.safeParse(JSON.parse(text));
		return parsed.success && entryId(parsed.data) === row.id ? parsed.data : null;
	} catch {
		return null;
	}
}
