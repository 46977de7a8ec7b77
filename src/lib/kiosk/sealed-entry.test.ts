import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, type VaultHeader, type VaultKeys } from '$lib/crypto';
import { entryId, openEntry, sealEntry, type SealedEntry } from './sealed-entry';
import { testVault } from './kiosk-test-kit';

const SENTINEL = 'Sentinel-kiosk-K7Q: de bus komt te laat';
let header: VaultHeader;
let keys: VaultKeys;
let other: VaultKeys;

function input(id = crypto.randomUUID(), text = SENTINEL): SealedEntry {
	return {
		format: 1,
		kind: 'focusInput',
		input: { id, focusSessionId: 'session-1', answers: [{ promptId: 'prompt-1', text }] }
	};
}

beforeAll(async () => {
	({ header, keys } = await testVault());
	({ keys: other } = await testVault());
});

describe('sealed entries', () => {
	it('are sealed with the clear public key alone and open with the private key', () => {
		const entry = input();
		const row = sealEntry(fromBase64(header.publicKey), entry);
		expect(row.id).toBe(entryId(entry));
		expect(openEntry(keys, row)).toEqual(entry);
	});

	it('do not open with only the public key, the data key, or another vault', () => {
		const publicKey = fromBase64(header.publicKey);
		const row = sealEntry(publicKey, input());
		for (const privateKey of [publicKey, keys.dataKey, new Uint8Array(32)])
			expect(openEntry({ publicKey, privateKey }, row)).toBeNull();
		expect(openEntry(other, row)).toBeNull();
	});

	it('hold no readable text and hide the exact length', () => {
		const short = sealEntry(keys.publicKey, input(undefined, 'ja'));
		const longer = sealEntry(keys.publicKey, input(undefined, SENTINEL));
		expect(new TextDecoder().decode(longer.sealed)).not.toContain('Sentinel');
		// 48 bytes of sealed-box overhead on a plaintext padded to 256-byte blocks.
		expect((short.sealed.length - 48) % 256).toBe(0);
		expect(short.sealed.length).toBe(longer.sealed.length);
	});

	it('refuse a box copied into another row', () => {
		const row = sealEntry(keys.publicKey, input());
		expect(openEntry(keys, { id: crypto.randomUUID(), sealed: row.sealed })).toBeNull();
	});

	it('refuse a damaged box', () => {
		const row = sealEntry(keys.publicKey, input());
		const sealed = row.sealed.slice();
		sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
		expect(openEntry(keys, { id: row.id, sealed })).toBeNull();
	});
});
