import { createVault, KDF_FLOOR, loadSodium, unlockVault, type VaultKeys } from '$lib/crypto';
import { newId } from '$lib/domain/common.schema';
import type { Contact } from '$lib/domain/contact.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { defaultSettings } from '$lib/domain/settings.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { BackupRecord } from '$lib/backup/backup-content';
import type { ReadOptions } from '$lib/backup/backup-reader';

/**
 * Fixtures for the backup tests and the benchmark: a vault at the KDF floor (the cheapest
 * cost the code accepts, never below), and realistic records.
 */
export const TEST_PASSPHRASE = 'de soep van dinsdag is altijd warm';

/** A new vault at the KDF floor (19 MiB, t = 2). */
export async function floorVault(passphrase = TEST_PASSPHRASE) {
	await loadSodium();
	return createVault(passphrase, KDF_FLOOR);
}

/** A person with some free text, about the size of a real one. */
export function samplePerson(index: number): Person {
	return {
		...unknownProfile,
		id: newId(),
		alias: `Persoon ${index}`,
		notes: 'Komt elke dinsdag naar de soep en vraagt naar de energiepremie.',
		firstContact: '2022-03-01',
		gender: index % 2 ? 'vrouw' : 'man'
	};
}

/** A contact with one help request, about 0.8 KB as JSON (security.md's reference size). */
export function sampleContact(index: number, personId: string | null): Contact {
	return {
		id: newId(),
		date: `2022-${String((index % 12) + 1).padStart(2, '0')}-15`,
		personId,
		activityId: 'act-sociale-kruidenier',
		function: 'verwijzen',
		note: 'Gesprek aan de kassa over de afrekening van de energieleverancier. '.repeat(3),
		helpRequests: [
			{
				id: newId(),
				themeIds: ['theme-energie', 'theme-administratie'],
				approachIds: ['appr-informatie', 'appr-advies'],
				referralIds: [],
				description: 'Samen de brief van de leverancier gelezen en een afbetaling gevraagd.',
				status: 'afgerond',
				followUpDate: null,
				isSignal: false
			}
		]
	};
}

/** Settings, the default lists, `persons` people and `contacts` contacts spread over them. */
export function sampleRecords(persons: number, contacts: number): BackupRecord[] {
	const people = Array.from({ length: persons }, (_, index) => samplePerson(index));
	return [
		{ kind: 'settings', record: defaultSettings },
		...defaultTaxonomy().map((record): BackupRecord => ({ kind: 'taxonomy', record })),
		...people.map((record): BackupRecord => ({ kind: 'person', record })),
		...Array.from({ length: contacts }, (_, index): BackupRecord => ({
			kind: 'contact',
			record: sampleContact(index, people[index % Math.max(people.length, 1)]?.id ?? null)
		}))
	];
}

/**
 * `unlockVault` remembered per (header, passphrase), handing out copies because the reader
 * zeroes the keys it gets. Lets thousands of fuzz cases share one Argon2id run; a mutated
 * header still pays for its own derivation, exactly as in the app.
 */
export function memoisedUnlock(): NonNullable<ReadOptions['unlock']> {
	const cache = new Map<string, Promise<VaultKeys>>();
	return async (header, passphrase) => {
		const key = `${JSON.stringify(header)}\u0000${passphrase}`;
		let keys = cache.get(key);
		if (!keys) {
			keys = unlockVault(header, passphrase);
			cache.set(key, keys);
		}
		const found = await keys;
		return {
			dataKey: found.dataKey.slice(),
			publicKey: found.publicKey.slice(),
			privateKey: found.privateKey.slice()
		};
	};
}
