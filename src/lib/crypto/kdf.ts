import { z } from 'zod';
import { base64BytesSchema, fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { KdfDowngradeError } from './errors';
import { loadSodium, memzero } from './sodium';

const MiB = 1024 * 1024;
/** 16 bytes is libsodium's `crypto_pwhash_SALTBYTES`: unique per vault and per backup. */
export const KDF_SALT_BYTES = 16;
/** 32 bytes: the key size of XChaCha20-Poly1305 and of secretstream. */
export const KDF_KEY_BYTES = 32;

/** Argon2id cost; libsodium fixes parallelism at 1, so memory and passes are the whole cost. */
export type KdfCost = { memLimitBytes: number; opsLimit: number };

/** 64 MiB, t=3: ~130 ms on a desktop, ~680 ms on a throttled phone (see security.md). */
export const DEFAULT_KDF_COST: Readonly<KdfCost> = Object.freeze({
	memLimitBytes: 64 * MiB,
	opsLimit: 3
});

/** OWASP minimum for Argon2id (19 MiB, t=2): a header asking for less is a downgrade. */
export const KDF_FLOOR: Readonly<KdfCost> = Object.freeze({ memLimitBytes: 19 * MiB, opsLimit: 2 });

/**
 * Upper bound so a tampered header cannot make unlock hang or exhaust memory for ever.
 * 1 GiB also stays below 2 GiB, where the JS wrapper's 32-bit `memLimit` would overflow.
 */
export const KDF_CEILING: Readonly<KdfCost> = Object.freeze({
	memLimitBytes: 1024 * MiB,
	opsLimit: 10
});

/** KDF parameters stored in clear next to what they protect (vault header, backup header). */
export const kdfParamsSchema = z.object({
	alg: z.literal('argon2id13'),
	memLimitBytes: z.int().positive(),
	opsLimit: z.int().positive(),
	salt: base64BytesSchema(KDF_SALT_BYTES)
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/**
 * Throws `KdfDowngradeError` unless `params` is well formed and its cost lies between floor and
 * ceiling. Run before every derivation so a downgraded header is refused, not obeyed.
 */
export function assertKdfParamsAcceptable(params: unknown): asserts params is KdfParams {
	const parsed = kdfParamsSchema.safeParse(params);
	if (!parsed.success) throw new KdfDowngradeError('malformed');
	const { memLimitBytes, opsLimit } = parsed.data;
	if (memLimitBytes < KDF_FLOOR.memLimitBytes || opsLimit < KDF_FLOOR.opsLimit) {
		throw new KdfDowngradeError('below-floor');
	}
	if (memLimitBytes > KDF_CEILING.memLimitBytes || opsLimit > KDF_CEILING.opsLimit) {
		throw new KdfDowngradeError('above-ceiling');
	}
}

/**
 * Fresh parameters with a new random salt. `cost` defaults to the production cost; tests
 * may pass `KDF_FLOOR` to run faster, but nothing below the floor is ever accepted.
 */
export function newKdfParams(cost: KdfCost = DEFAULT_KDF_COST): KdfParams {
	const params: KdfParams = {
		alg: 'argon2id13',
		memLimitBytes: cost.memLimitBytes,
		opsLimit: cost.opsLimit,
		salt: toBase64(randomBytes(KDF_SALT_BYTES))
	};
	assertKdfParamsAcceptable(params);
	return params;
}

/**
 * Argon2id on the calling thread. Blocks for the whole derivation: in the browser use
 * `deriveKey`, which runs this in a worker. The passphrase is NFC-normalised so the same
 * words typed on another device (composed vs decomposed accents) give the same key.
 */
export async function deriveKeyInThisThread(
	passphrase: string,
	params: KdfParams
): Promise<Uint8Array> {
	assertKdfParamsAcceptable(params);
	const sodium = await loadSodium();
	const password = utf8(passphrase.normalize('NFC'));
	try {
		return sodium.crypto_pwhash(
			KDF_KEY_BYTES,
			password,
			fromBase64(params.salt),
			params.opsLimit,
			params.memLimitBytes,
			sodium.crypto_pwhash_ALG_ARGON2ID13
		);
	} finally {
		memzero(password);
	}
}
