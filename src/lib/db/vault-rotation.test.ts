import {
	createVault,
	KDF_FLOOR,
	openSealed,
	rekeyVault,
	sealForVault,
	unlockVault,
	WrongPassphraseError,
	type VaultHeader
} from '$lib/crypto';
import { newId } from '$lib/domain/common.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { defaultSettings } from '$lib/domain/settings.schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type StekboekDatabase } from './database';
import { EncryptedRepository } from './encrypted-repository';
import { openItem } from './item-codec';
import { readVaultRow, writeVaultHeader } from './vault-store';
import { rotateVault } from './vault-rotation';

const PASSPHRASE = 'de soep van dinsdag is altijd warm';
const NEXT = 'een nieuwe zin voor na de rotatie';

const person = (alias: string): Person => ({
	...unknownProfile,
	id: newId(),
	alias,
	notes: 'woont boven de bakkerij',
	firstContact: null
});

let db: StekboekDatabase;
let vault: Awaited<ReturnType<typeof createVault>>;
let repository: EncryptedRepository;
const people = Array.from({ length: 30 }, (_, index) => person(`Persoon ${index}`));

async function snapshot() {
	return {
		items: await db.items.toArray(),
		sealed: await db.sealed.toArray(),
		vault: await db.vault.toArray()
	};
}

beforeEach(async () => {
	db = openDatabase(`rotation-${newId()}`);
	vault = await createVault(PASSPHRASE, KDF_FLOOR);
	await writeVaultHeader(db, vault.header);
	repository = new EncryptedRepository(db, vault.keys.dataKey);
	await repository.putMany('person', people);
	await repository.put('settings', defaultSettings);
	await db.sealed.put({
		id: 'kiosk-1',
		sealed: sealForVault(vault.keys.publicKey, new Uint8Array([5]))
	});
});

describe('rotateVault', () => {
	it('leaves no record, sealed row or header readable under the old keys', async () => {
		const next = await rekeyVault(vault.header, vault.keys, NEXT, KDF_FLOOR);
		const progress: number[] = [];
		await rotateVault(db, repository, vault.keys, next, (done) => progress.push(done));
		expect(progress.at(-1)).toBe(1);

		const rows = await db.items.toArray();
		expect(rows).toHaveLength(people.length + 1);
		for (const row of rows) {
			expect(openItem(vault.keys.dataKey, row).ok).toBe(false);
			expect(openItem(next.keys.dataKey, row).ok).toBe(true);
		}
		const [sealed] = await db.sealed.toArray();
		expect(() => openSealed(vault.keys, sealed!.sealed)).toThrow();
		expect(openSealed(next.keys, sealed!.sealed)).toEqual(new Uint8Array([5]));

		const header = (await readVaultRow(db))!.header as VaultHeader;
		await expect(unlockVault(header, PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
		const opened = await unlockVault(header, NEXT);
		const again = new EncryptedRepository(db, opened.dataKey);
		await again.load();
		expect(again.setAside).toEqual([]);
		expect(again.all('person').sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			[...people].sort((a, b) => a.id.localeCompare(b.id))
		);
		// The rotated repository keeps working under the new key.
		const extra = person('Na de rotatie');
		await repository.put('person', extra);
		const third = new EncryptedRepository(db, opened.dataKey);
		await third.load();
		expect(third.get('person', extra.id)).toEqual(extra);
	});

	it('changes nothing when the write fails half way, and the old key keeps working', async () => {
		const before = await snapshot();
		const next = await rekeyVault(vault.header, vault.keys, PASSPHRASE, KDF_FLOOR);
		let created = 0;
		db.items.hook('creating', () => {
			created += 1;
			if (created === 12) throw new DOMException('quota', 'QuotaExceededError');
		});
		await expect(rotateVault(db, repository, vault.keys, next)).rejects.toThrow();
		expect(await snapshot()).toEqual(before);
		const extra = person('Na de mislukte rotatie');
		await repository.put('person', extra);
		const again = new EncryptedRepository(db, vault.keys.dataKey);
		await again.load();
		expect(again.count('person')).toBe(people.length + 1);
		expect(again.setAside).toEqual([]);
	});

	it('refuses to rotate when another tab changed a record meanwhile', async () => {
		const other = new EncryptedRepository(db, vault.keys.dataKey);
		await other.load();
		await other.put('person', { ...people[0]!, alias: 'Gewijzigd elders' });
		const before = await snapshot();
		const next = await rekeyVault(vault.header, vault.keys, PASSPHRASE, KDF_FLOOR);
		await expect(rotateVault(db, repository, vault.keys, next)).rejects.toThrow(/changed/);
		expect(await snapshot()).toEqual(before);
	});
});
