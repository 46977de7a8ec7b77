import { describe, expect, it } from 'vitest';
import { fromBase64 } from './bytes';
import { KdfDowngradeError } from './errors';
import {
	assertKdfParamsAcceptable,
	DEFAULT_KDF_COST,
	deriveKeyInThisThread,
	KDF_CEILING,
	KDF_FLOOR,
	kdfParamsSchema,
	newKdfParams,
	type KdfParams
} from './kdf';

const MiB = 1024 * 1024;

function refusal(params: unknown): string | undefined {
	try {
		assertKdfParamsAcceptable(params);
		return undefined;
	} catch (error) {
		if (error instanceof KdfDowngradeError) return error.reason;
		throw error;
	}
}

describe('KDF parameters', () => {
	it('defaults to Argon2id at 64 MiB and three passes with a fresh 16-byte salt', () => {
		const params = newKdfParams();
		expect(params).toMatchObject({ alg: 'argon2id13', memLimitBytes: 64 * MiB, opsLimit: 3 });
		expect(fromBase64(params.salt)).toHaveLength(16);
		expect(newKdfParams().salt).not.toBe(params.salt);
		expect(kdfParamsSchema.parse(params)).toEqual(params);
	});

	it('keeps the floor at the OWASP minimum and the ceiling finite', () => {
		expect(KDF_FLOOR).toEqual({ memLimitBytes: 19 * MiB, opsLimit: 2 });
		expect(KDF_CEILING).toEqual({ memLimitBytes: 1024 * MiB, opsLimit: 10 });
		expect(Object.isFrozen(KDF_FLOOR)).toBe(true);
	});

	it('accepts the floor, the default and the ceiling', () => {
		for (const cost of [KDF_FLOOR, DEFAULT_KDF_COST, KDF_CEILING]) {
			expect(refusal({ ...newKdfParams(KDF_FLOOR), ...cost })).toBeUndefined();
		}
	});

	it('refuses a header whose KDF cost is below the floor', () => {
		const params = newKdfParams(KDF_FLOOR);
		expect(refusal({ ...params, memLimitBytes: 19 * MiB - 1024 })).toBe('below-floor');
		expect(refusal({ ...params, opsLimit: 1 })).toBe('below-floor');
		expect(() => newKdfParams({ memLimitBytes: 8 * MiB, opsLimit: 1 })).toThrow(KdfDowngradeError);
	});

	it('refuses a header whose KDF cost would make unlock hang', () => {
		const params = newKdfParams(KDF_FLOOR);
		expect(refusal({ ...params, memLimitBytes: 2048 * MiB })).toBe('above-ceiling');
		expect(refusal({ ...params, opsLimit: 1_000_000 })).toBe('above-ceiling');
	});

	it('refuses malformed parameters', () => {
		const params = newKdfParams(KDF_FLOOR);
		const bad = [
			{ ...params, alg: 'argon2i13' },
			{ ...params, salt: params.salt.slice(0, 10) },
			{ ...params, opsLimit: 2.5 },
			{ ...params, memLimitBytes: '64' },
			null
		];
		for (const candidate of bad) expect(refusal(candidate)).toBe('malformed');
	});
});

describe('deriveKeyInThisThread', () => {
	const params: KdfParams = newKdfParams(KDF_FLOOR);

	it('is deterministic for the same passphrase and salt', async () => {
		const first = await deriveKeyInThisThread('correct horse battery', params);
		const second = await deriveKeyInThisThread('correct horse battery', params);
		expect(first).toHaveLength(32);
		expect(second).toEqual(first);
	});

	it('gives another key for another salt or passphrase', async () => {
		const base = await deriveKeyInThisThread('correct horse battery', params);
		const otherSalt = await deriveKeyInThisThread('correct horse battery', newKdfParams(KDF_FLOOR));
		const otherWord = await deriveKeyInThisThread('correct horse battery!', params);
		expect(otherSalt).not.toEqual(base);
		expect(otherWord).not.toEqual(base);
	});

	it('treats composed and decomposed accents as the same passphrase', async () => {
		const composed = await deriveKeyInThisThread('caf\u00e9 op de hoek', params);
		const decomposed = await deriveKeyInThisThread('cafe\u0301 op de hoek', params);
		expect(decomposed).toEqual(composed);
	});

	it('refuses to derive with downgraded parameters', async () => {
		const weak = { ...params, memLimitBytes: 1024 * 1024, opsLimit: 1 };
		await expect(deriveKeyInThisThread('correct horse battery', weak)).rejects.toThrow(
			KdfDowngradeError
		);
	});

	it('derives with the real default cost', async () => {
		const real = newKdfParams();
		const key = await deriveKeyInThisThread('correct horse battery', real);
		expect(key).toHaveLength(32);
		expect(await deriveKeyInThisThread('correct horse battery', real)).toEqual(key);
	});
});
