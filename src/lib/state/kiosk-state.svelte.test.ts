import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, type VaultHeader, type VaultKeys } from '$lib/crypto';
import { openDatabase, type StekboekDatabase } from '$lib/db/database';
import { readVaultRow, writeVaultHeader } from '$lib/db/vault-store';
import { newId } from '$lib/domain/common.schema';
import { KIOSK_STORAGE_KEY, kioskConfigFor, type KioskConfig } from '$lib/kiosk/kiosk-config';
import { memoryStorage, testVault } from '$test-support/kiosk/kiosk-test-kit';
import { openEntry } from '$lib/kiosk/sealed-entry';
import { KioskKeyChanged, KioskState } from './kiosk-state.svelte';
import { vault } from './vault-session.svelte';

const SENTINEL = 'Sentinel-kiosk-Z3: de speeltuin is kapot';
let header: VaultHeader;
let keys: VaultKeys;

beforeAll(async () => {
	({ header, keys } = await testVault());
});

function config(): KioskConfig {
	const session = {
		id: newId(),
		date: '2024-05-02',
		title: 'Buurtgesprek',
		prompts: [{ id: 'prompt-open', kind: 'open' as const, text: 'Wat wil je ons vertellen?' }],
		headcount: 0
	};
	return kioskConfigFor(session, [], 'Wat wil je ons vertellen?', fromBase64(header.publicKey));
}

async function runningKiosk() {
	const db: StekboekDatabase = openDatabase(`kiosk-${newId()}`);
	await writeVaultHeader(db, header);
	const storage = memoryStorage();
	new KioskState({ storage, readHeader: async () => undefined, putSealed: async () => {} }).begin(
		config()
	);
	const kiosk = new KioskState({
		storage,
		readHeader: async () => (await readVaultRow(db))?.header,
		putSealed: async (row) => {
			await db.sealed.put(row);
		}
	});
	return { db, storage, kiosk };
}

/** A key behind a private field and a getter, the way a rune class field is compiled. */
class HiddenKey {
	#key = new Uint8Array(32);
	get key() {
		return this.#key;
	}
}

/** Every byte array reachable from `value`: own fields and getters (rune fields are getters). */
function byteArraysIn(value: unknown, seen = new Set<unknown>()): Uint8Array[] {
	if (value instanceof Uint8Array) return [value];
	if (!value || typeof value !== 'object' || seen.has(value)) return [];
	seen.add(value);
	const found: Uint8Array[] = [];
	const record = value as Record<PropertyKey, unknown>;
	for (const key of Reflect.ownKeys(value)) found.push(...byteArraysIn(record[key], seen));
	for (let proto = Object.getPrototypeOf(value); proto && proto !== Object.prototype;) {
		for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto)))
			if (descriptor.get && key !== 'constructor')
				found.push(...byteArraysIn(descriptor.get.call(value), seen));
		proto = Object.getPrototypeOf(proto);
	}
	return found;
}

describe('KioskState', () => {
	it('(the key search sees through getters, where rune fields live)', () => {
		expect(byteArraysIn(new HiddenKey())).toHaveLength(1);
	});

	it('comes back after a reload from its stored config', async () => {
		const { kiosk } = await runningKiosk();
		expect(kiosk.active).toBe(true);
		expect(kiosk.config?.title).toBe('Buurtgesprek');
	});

	it('holds no data key or private key: the public key is its only key', async () => {
		const { kiosk } = await runningKiosk();
		expect(await kiosk.prepare()).toBe(true);
		await kiosk.submit([{ promptId: 'prompt-open', text: SENTINEL }]);
		const arrays = byteArraysIn(kiosk);
		expect(arrays).toHaveLength(1);
		expect(arrays[0]).toEqual(fromBase64(header.publicKey));
		for (const secret of [keys.dataKey, keys.privateKey])
			expect(
				arrays.some(
					(array) => array.length === secret.length && array.every((b, i) => b === secret[i])
				)
			).toBe(false);
		expect(vault.data).toBeNull();
		expect(vault.status).not.toBe('unlocked');
	});

	it('seals each input to the vault so that only the private key reads it', async () => {
		const { db, kiosk, storage } = await runningKiosk();
		await kiosk.prepare();
		await kiosk.submit([{ promptId: 'prompt-open', text: SENTINEL }]);
		await kiosk.submit([{ promptId: 'prompt-open', text: 'nog een' }]);
		const rows = await db.sealed.toArray();
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(new TextDecoder().decode(row.sealed)).not.toContain('Sentinel');
		const texts = rows.map((row) => {
			const entry = openEntry(keys, row);
			return entry?.kind === 'focusInput' ? entry.input.answers[0]?.text : null;
		});
		expect(texts.sort()).toEqual([SENTINEL, 'nog een'].sort());
		expect(storage.items.get(KIOSK_STORAGE_KEY)).not.toContain('Sentinel');
		expect(kiosk.config?.headcount).toBe(2);
	});

	it('counts participants across a reload, and forgets itself when it ends', async () => {
		const { kiosk, storage } = await runningKiosk();
		await kiosk.prepare();
		await kiosk.submit([{ promptId: 'prompt-open', text: 'een' }]);
		const reloaded = new KioskState({
			storage,
			readHeader: async () => undefined,
			putSealed: async () => {}
		});
		expect(reloaded.config?.headcount).toBe(1);
		reloaded.end();
		expect(storage.items.has(KIOSK_STORAGE_KEY)).toBe(false);
		expect(
			new KioskState({ storage, readHeader: async () => undefined, putSealed: async () => {} })
				.active
		).toBe(false);
	});

	it('ends itself when the device has no vault to seal to', async () => {
		const { storage } = await runningKiosk();
		const kiosk = new KioskState({
			storage,
			readHeader: async () => undefined,
			putSealed: async () => {}
		});
		expect(await kiosk.prepare()).toBe(false);
		expect(kiosk.active).toBe(false);
	});

	it('kiosk refuses a swapped key: nothing is sealed to a public key it was not started with', async () => {
		const { db, kiosk } = await runningKiosk();
		const { header: swapped } = await testVault();
		// One storage edit: the clear public key replaced by another vault's.
		await writeVaultHeader(db, { ...header, publicKey: swapped.publicKey });
		expect(await kiosk.prepare()).toBe(false);
		expect(kiosk.keyChanged).toBe(true);
		expect(kiosk.ready).toBe(false);
		expect(kiosk.active).toBe(true);
		await expect(kiosk.submit([{ promptId: 'prompt-open', text: SENTINEL }])).rejects.toThrow();
		expect(await db.sealed.count()).toBe(0);
	});

	it('refuses after a key rotation that happened while it ran', async () => {
		const { db, kiosk } = await runningKiosk();
		expect(await kiosk.prepare()).toBe(true);
		await kiosk.submit([{ promptId: 'prompt-open', text: 'voor de rotatie' }]);
		const { header: rotated } = await testVault();
		await writeVaultHeader(db, rotated);
		await expect(kiosk.submit([{ promptId: 'prompt-open', text: SENTINEL }])).rejects.toThrow(
			KioskKeyChanged
		);
		expect(kiosk.keyChanged).toBe(true);
		expect(await db.sealed.count()).toBe(1);
		expect(kiosk.config?.headcount).toBe(1);
	});
});
