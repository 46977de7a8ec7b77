import { z } from 'zod';
import { openSealed, sealForVault, utf8, type VaultKeys } from '$lib/crypto';
import type { SealedRow } from '$lib/db/database';
import { idSchema, isoDateSchema } from '$lib/domain/common.schema';
import { focusInputSchema } from '$lib/domain/focus.schema';

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

/** Plaintexts are padded to a multiple of this, so a row's size hints little at its length. */
const PAD_BYTES = 256;

/** The id an entry is stored under (and must be found under). */
export function entryId(entry: SealedEntry): string {
	return entry.kind === 'focusInput' ? entry.input.id : entry.capture.id;
}

/**
 * Seals an entry to the vault's public key, as a row for the `sealed` table. Needs only the
 * clear public key, so it works while the vault is locked; nothing here can open it again.
 */
export function sealEntry(publicKey: Uint8Array, entry: SealedEntry): SealedRow {
	const json = JSON.stringify(sealedEntrySchema.parse(entry));
	const length = utf8(json).length;
	// Trailing spaces are valid JSON whitespace: the parser ignores them after opening.
	const padded = json + ' '.repeat(Math.ceil((length + 1) / PAD_BYTES) * PAD_BYTES - length);
	return { id: entryId(entry), sealed: sealForVault(publicKey, utf8(padded)) };
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
