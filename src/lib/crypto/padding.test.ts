import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { pad, PAD_BLOCK_BYTES, unpad } from './padding';
import { loadSodium, type Sodium } from './sodium';

let sodium: Sodium;

beforeAll(async () => {
	sodium = await loadSodium();
});

describe('pad / unpad', () => {
	it('writes exactly what libsodium’s sodium_pad writes, and reads it back', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 1200 }), (bytes) => {
				const padded = pad(bytes);
				expect(padded).toEqual(sodium.pad(bytes, PAD_BLOCK_BYTES));
				expect(padded.length % PAD_BLOCK_BYTES).toBe(0);
				expect(padded.length).toBeGreaterThan(bytes.length);
				expect(unpad(padded)).toEqual(bytes);
				expect(sodium.unpad(padded, PAD_BLOCK_BYTES)).toEqual(bytes);
			})
		);
	});

	it('gives plaintexts of 0 and 255 bytes the same length, and 256 bytes the next step', () => {
		expect(pad(new Uint8Array(0)).length).toBe(256);
		expect(pad(new Uint8Array(255)).length).toBe(256);
		expect(pad(new Uint8Array(256)).length).toBe(512);
	});

	it('refuses padding without its marker or of a wrong length', () => {
		expect(unpad(new Uint8Array(256))).toBeUndefined();
		expect(unpad(new Uint8Array(255).fill(0x80))).toBeUndefined();
		const trailing = pad(new Uint8Array([1, 2, 3]));
		trailing[255] = 7;
		expect(unpad(trailing)).toBeUndefined();
	});
});
