import { z } from 'zod';
import { NONCE_BYTES } from './aead';
import { base64BytesSchema, fromBase64, toBase64, tryFromBase64 } from './bytes';
import { VaultHeaderError } from './errors';
import { KDF_KEY_BYTES, kdfParamsSchema } from './kdf';
import type { WrappedKey } from './key-wrap';

/** 32-byte key + 16-byte Poly1305 tag: both wrapped keys (data key, X25519 secret) are 32 bytes. */
const WRAPPED_BYTES = KDF_KEY_BYTES + 16;
const wrappedKeySchema = z.object({
	nonce: base64BytesSchema(NONCE_BYTES),
	ciphertext: base64BytesSchema(WRAPPED_BYTES)
});
type WrappedKeyJson = z.infer<typeof wrappedKeySchema>;

/**
 * The optional passkey slot: the data key wrapped under a key derived from a passkey's
 * PRF output (see passkey-slot.ts). The credential id (base64url, 16 to 1023 bytes as
 * WebAuthn allows) tells the browser which passkey to ask for; it is bound into the AAD.
 */
export const passkeySlotSchema = z.object({
	credentialId: z
		.string()
		.min(22)
		.max(1364)
		.refine((text) => tryFromBase64(text) !== undefined, 'expected base64url'),
	wrappedDataKey: wrappedKeySchema
});
export type PasskeySlot = z.infer<typeof passkeySlotSchema>;

/** The vault header, stored in clear: everything needed to unlock, nothing that reveals data. */
export const vaultHeaderSchema = z.object({
	format: z.literal('stekboek-vault'),
	version: z.literal(1),
	// Random UUID; the charset keeps `|` (the AAD separator) out.
	vaultId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
	kdf: kdfParamsSchema,
	wrappedDataKey: wrappedKeySchema, // under the passphrase key
	publicKey: base64BytesSchema(32), // X25519, in clear so a locked kiosk can seal to it
	wrappedPrivateKey: wrappedKeySchema, // under the data key
	// Optional, so version 1 stays: a reader without this field strips it and opens by passphrase.
	passkey: passkeySlotSchema.optional()
});
export type VaultHeader = z.infer<typeof vaultHeaderSchema>;

/** Validates a header (again, even if typed), throwing `VaultHeaderError('malformed')`. */
export function parseVaultHeader(header: unknown): VaultHeader {
	const parsed = vaultHeaderSchema.safeParse(header);
	if (!parsed.success) throw new VaultHeaderError('malformed');
	return parsed.data;
}

/** AAD of a key wrap: `wrap-v1` versions the scheme; the slot stops the two wraps being swapped. */
export function wrapAad(vaultId: string, slot: 'data-key' | 'private-key'): string {
	return `stekboek-vault|${vaultId}|wrap-v1|${slot}`;
}

/** A wrapped key as stored in the JSON header (base64url fields). */
export function encodeWrapped(wrapped: WrappedKey): WrappedKeyJson {
	return { nonce: toBase64(wrapped.nonce), ciphertext: toBase64(wrapped.ciphertext) };
}

/** A wrapped key from the (already validated) JSON header. */
export function decodeWrapped(json: WrappedKeyJson): WrappedKey {
	return { nonce: fromBase64(json.nonce), ciphertext: fromBase64(json.ciphertext) };
}

/** The clear public key, for a kiosk that seals entries while the vault stays locked. */
export function vaultPublicKey(header: VaultHeader): Uint8Array {
	return fromBase64(parseVaultHeader(header).publicKey);
}
