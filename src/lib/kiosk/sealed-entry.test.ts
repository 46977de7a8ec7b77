import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, type VaultHeader, type VaultKeys } from '$lib/crypto';
import {
	ID_MAX_CHARS,
	KIOSK_CHOICE_LIMIT,
	KIOSK_MAX_ANSWERS,
	KIOSK_TEXT_LIMIT
} from './kiosk-limits';
import {
	entryId,
	openEntry,
	SEALED_BLOCK_BYTES,
	SealedEntryTooLarge,
	sealEntry,
	type SealedEntry
} from './sealed-entry';
import { testVault } from '$test-support/kiosk/kiosk-test-kit';

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

	it('hold no readable text and all have one length', () => {
		const short = sealEntry(keys.publicKey, input(undefined, 'ja'));
		const longer = sealEntry(keys.publicKey, input(undefined, SENTINEL));
		expect(new TextDecoder().decode(longer.sealed)).not.toContain('Sentinel');
		// 48 bytes of sealed-box overhead on a plaintext of exactly one fixed block.
		expect(short.sealed.length).toBe(SEALED_BLOCK_BYTES + 48);
		expect(longer.sealed.length).toBe(short.sealed.length);
	});

	it('fit the largest legal entries of every kind in the one block, all at one length', () => {
		const id = () => crypto.randomUUID() + 'x'.repeat(ID_MAX_CHARS - 36);
		// A control character is six bytes in JSON, an emoji four: the worst text there is.
		const worstText = (n: number) => '\u0001'.repeat(n);
		const perVote = Math.floor(KIOSK_CHOICE_LIMIT / (KIOSK_MAX_ANSWERS - 1));
		const answers = [
			{ promptId: id(), text: worstText(KIOSK_TEXT_LIMIT), rating: 5 },
			...Array.from({ length: KIOSK_MAX_ANSWERS - 1 }, (_, index) => ({
				promptId: id(),
				themeIds: Array.from(
					{
						length: index === 0 ? KIOSK_CHOICE_LIMIT - perVote * (KIOSK_MAX_ANSWERS - 2) : perVote
					},
					id
				),
				rating: 5
			}))
		];
		const entries: SealedEntry[] = [
			{ format: 1, kind: 'focusInput', input: { id: id(), focusSessionId: id(), answers } },
			input(undefined, '😀'.repeat(KIOSK_TEXT_LIMIT)),
			input(undefined, 'ja'),
			{
				format: 1,
				kind: 'quickCapture',
				capture: {
					id: id(),
					date: '2024-05-02',
					activityId: id(),
					themeId: id(),
					note: worstText(KIOSK_TEXT_LIMIT)
				}
			},
			{
				format: 1,
				kind: 'quickCapture',
				capture: { id: id(), date: '2024-05-02', activityId: null, themeId: null, note: 'x' }
			}
		];
		const rows = entries.map((entry) => sealEntry(keys.publicKey, entry));
		expect(new Set(rows.map((row) => row.sealed.length))).toEqual(
			new Set([SEALED_BLOCK_BYTES + 48])
		);
		rows.forEach((row, index) => expect(openEntry(keys, row)).toEqual(entries[index]));
	});

	it('refuse an entry beyond the limits and seal nothing', () => {
		expect(() =>
			sealEntry(keys.publicKey, input(undefined, 'a'.repeat(KIOSK_TEXT_LIMIT + 1)))
		).toThrow(SealedEntryTooLarge);
		const note = 'b'.repeat(KIOSK_TEXT_LIMIT + 1);
		const capture = { id: 'capture-1', date: '2024-05-02', activityId: null, themeId: null, note };
		expect(() => sealEntry(keys.publicKey, { format: 1, kind: 'quickCapture', capture })).toThrow(
			SealedEntryTooLarge
		);
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
