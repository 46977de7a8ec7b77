import { describe, expect, it } from 'vitest';
import { base64BytesSchema, fromBase64, randomBytes, toBase64, tryFromBase64 } from './bytes';

describe('base64url', () => {
	it('round-trips bytes of every length remainder without padding', () => {
		for (let length = 0; length < 40; length++) {
			const bytes = randomBytes(length);
			const text = toBase64(bytes);
			expect(text).not.toMatch(/[=+/]/);
			expect(fromBase64(text)).toEqual(bytes);
		}
	});

	it('uses the URL-safe alphabet', () => {
		expect(toBase64(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
	});

	it('refuses padding, the standard alphabet, bad lengths and spare bits', () => {
		for (const text of ['-_8=', '+/8', 'A', 'AAAAA', 'ab c', '-_9']) {
			expect(tryFromBase64(text)).toBeUndefined();
		}
		expect(() => fromBase64('+/8')).toThrow(TypeError);
	});

	it('validates the decoded length in the schema', () => {
		const schema = base64BytesSchema(16);
		expect(schema.safeParse(toBase64(randomBytes(16))).success).toBe(true);
		expect(schema.safeParse(toBase64(randomBytes(15))).success).toBe(false);
		expect(schema.safeParse(42).success).toBe(false);
	});
});

describe('randomBytes', () => {
	it('fills buffers larger than one getRandomValues call', () => {
		const bytes = randomBytes(200_000);
		expect(bytes.length).toBe(200_000);
		// The tail past the 64 KiB Web Crypto limit must be random too, not left zero.
		expect(bytes.subarray(150_000).some((byte) => byte !== 0)).toBe(true);
	});

	it('never repeats a 24-byte nonce', () => {
		const seen = new Set(Array.from({ length: 1000 }, () => toBase64(randomBytes(24))));
		expect(seen.size).toBe(1000);
	});
});
