/**
 * ISO/IEC 7816-4 padding, byte for byte what libsodium's `sodium_pad` writes: one 0x80
 * byte, then zeros up to the next multiple of `blockSize`. A plaintext always grows by at
 * least one byte, so its padded length says only how many blocks it spans. Plain JS (no
 * wasm copy per record), which matters when ten thousand records are padded at once.
 */
export const PAD_BLOCK_BYTES = 256;

/** Copies `bytes` into a new array padded to a multiple of `blockSize`. */
export function pad(bytes: Uint8Array, blockSize = PAD_BLOCK_BYTES): Uint8Array {
	const padded = new Uint8Array((Math.floor(bytes.length / blockSize) + 1) * blockSize);
	padded.set(bytes);
	padded[bytes.length] = 0x80;
	return padded;
}

/**
 * The unpadded view of `padded`, or undefined when its padding is malformed (only ever
 * called on authenticated plaintext, so there is no padding oracle to fear).
 */
export function unpad(padded: Uint8Array, blockSize = PAD_BLOCK_BYTES): Uint8Array | undefined {
	if (padded.length === 0 || padded.length % blockSize !== 0) return undefined;
	const floor = padded.length - blockSize;
	for (let index = padded.length - 1; index >= floor; index--) {
		const byte = padded[index];
		if (byte === 0x80) return padded.subarray(0, index);
		if (byte !== 0) return undefined;
	}
	return undefined;
}
