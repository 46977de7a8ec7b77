import { z } from 'zod';
import { base64BytesSchema, kdfParamsSchema, NONCE_BYTES, utf8, type KdfParams } from '$lib/crypto';

/**
 * A `.stekteam` file (formats.md §5) is a small UTF-8 JSON envelope:
 *
 *   { "format": "stekboek-team", "version": 1,
 *     "kdf": { "alg": "argon2id13", "memLimitBytes", "opsLimit", "salt" },
 *     "nonce": <24 bytes, base64url>, "ciphertext": <base64url> }
 *
 * The ciphertext is XChaCha20-Poly1305 over the exact report JSON (counts and labels only)
 * under an Argon2id key of the team passphrase. The associated data names the format, the
 * version and every KDF parameter, so none of them can be changed without the file failing
 * to open. JSON rather than binary: the file is small and a colleague can see what it is.
 */
export const TEAM_FORMAT = 'stekboek-team';
/** The only version this app writes and reads. */
export const TEAM_FORMAT_VERSION = 1;
/** The file extension of a team bundle. */
export const TEAM_EXTENSION = '.stekteam';
/** The MIME type of a download: our own format, so no app tries to open it as text. */
export const TEAM_MIME_TYPE = 'application/octet-stream';
/** A team passphrase is at least as long as a vault passphrase (security.md). */
export const MIN_TEAM_PASSPHRASE_LENGTH = 12;
/** A real bundle is a few kilobytes; anything above this is refused before it is parsed. */
export const MAX_TEAM_BUNDLE_BYTES = 4 * 1024 * 1024;

/** The envelope of a team bundle, checked before any key is derived. */
export const teamEnvelopeSchema = z.strictObject({
	format: z.literal(TEAM_FORMAT),
	version: z.literal(TEAM_FORMAT_VERSION),
	kdf: kdfParamsSchema,
	nonce: base64BytesSchema(NONCE_BYTES),
	ciphertext: z.string().max(MAX_TEAM_BUNDLE_BYTES).pipe(base64BytesSchema())
});

/** The parsed envelope of a team bundle. */
export type TeamEnvelope = z.infer<typeof teamEnvelopeSchema>;

/** The associated data of a bundle's ciphertext: format, version and every KDF parameter. */
export function teamBundleAad(kdf: KdfParams): Uint8Array {
	const { alg, memLimitBytes, opsLimit, salt } = kdf;
	return utf8(`${TEAM_FORMAT}|v${TEAM_FORMAT_VERSION}|${alg}|${memLimitBytes}|${opsLimit}|${salt}`);
}
