import { forgetKeys, type VaultHeader, type VaultKeys } from '$lib/crypto';
import type { StekboekDatabase } from '$lib/db/database';
import type { Change, EncryptedRepository } from '$lib/db/encrypted-repository';
import { rotateVault } from '$lib/db/vault-rotation';
import { WriteConflictError } from '$lib/db/write-conflict';
import type { Person } from '$lib/domain/person.schema';
import type { RecordKind, RecordOf } from '$lib/domain/record-kinds';
import { defaultSettings, SETTINGS_ID, type Settings } from '$lib/domain/settings.schema';
import { labelOf, type TaxonomyItem, type TaxonomyList } from '$lib/domain/taxonomy.schema';
import { locale } from '$lib/i18n/locale.svelte';
import { requestPersistentStorage } from '$lib/backup/storage-persistence';
import { tabSync } from './tab-sync';
import { VaultError } from './vault-error';

/**
 * The unlocked vault's records, for pages to read from memory. Every write goes through
 * `commit`, one transaction per logical change; afterwards the revision rises and every
 * derived list below is recomputed.
 */
export class VaultData {
	readonly #repository: EncryptedRepository;
	#keys: VaultKeys;
	revision = $state(0);

	constructor(repository: EncryptedRepository, keys: VaultKeys) {
		this.#repository = repository;
		this.#keys = keys;
	}

	/** The unlocked keys; they change only when the data key is rotated. */
	get keys(): VaultKeys {
		return this.#keys;
	}

	/** All records of one kind; reactive on the revision. */
	list<K extends RecordKind>(kind: K): RecordOf<K>[] {
		void this.revision;
		return this.#repository.all(kind);
	}

	get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
		void this.revision;
		return this.#repository.get(kind, id);
	}

	persons: Person[] = $derived.by(() =>
		this.list('person').sort((a, b) => a.alias.localeCompare(b.alias, 'nl'))
	);

	settings: Settings = $derived.by(() => this.get('settings', SETTINGS_ID) ?? defaultSettings);

	taxonomy = $derived.by(() => this.list('taxonomy').sort((a, b) => a.order - b.order));

	/**
	 * The items a picker offers from one list: the active ones in order, plus archived ones
	 * still chosen on the record being edited (`keep`), so old records keep their labels.
	 */
	pickerItems(list: TaxonomyList, keep: readonly string[] = []): TaxonomyItem[] {
		return this.taxonomy.filter(
			(item) => item.list === list && (!item.archived || keep.includes(item.id))
		);
	}

	/** The label of a taxonomy item in the app's language; archived items keep theirs. */
	labelOf(id: string): string {
		const item = this.get('taxonomy', id);
		return item ? labelOf(item, locale.current) : '?';
	}

	/** Rows found at unlock that could not be read; shown to the worker, never dropped. */
	get setAside() {
		return this.#repository.setAside;
	}

	/**
	 * Writes one logical change atomically and tells the other tabs. When it fails nothing
	 * is written, and a VaultError says what the worker can do (storage full, or the same
	 * record was just changed in another tab — then this tab shows the current version).
	 */
	async commit(changes: readonly Change[]): Promise<void> {
		let rows: string[];
		try {
			rows = await this.#repository.commit(changes);
		} catch (error) {
			if (error instanceof WriteConflictError) {
				await this.refresh(error.rows);
				throw new VaultError('storage.conflict');
			}
			if (isQuotaError(error)) throw new VaultError('storage.full');
			throw error;
		}
		this.revision++;
		// Ask the browser to keep our storage from the first save on (security.md).
		void requestPersistentStorage();
		tabSync.post({ type: 'changed', rows });
	}

	/** Re-reads rows another tab (or a restore) wrote or removed. */
	async refresh(rows: readonly string[]): Promise<void> {
		await this.#repository.refresh(rows);
		this.revision++;
	}

	/**
	 * Re-encrypts everything under `next` (one transaction, see db/vault-rotation.ts), then
	 * zeroes the old keys. On failure nothing changed and the old keys stay in use.
	 */
	async rotate(
		db: StekboekDatabase,
		next: { header: VaultHeader; keys: VaultKeys },
		onProgress?: (done: number) => void
	): Promise<void> {
		try {
			await rotateVault(db, this.#repository, this.#keys, next, onProgress);
		} catch (error) {
			forgetKeys(next.keys);
			if (error instanceof WriteConflictError) {
				await this.#repository.load();
				this.revision++;
				throw new VaultError('storage.conflict');
			}
			if (isQuotaError(error)) throw new VaultError('storage.full');
			throw error;
		}
		const old = this.#keys;
		this.#keys = next.keys;
		forgetKeys(old);
		this.revision++;
	}

	async saveSettings(patch: Partial<Omit<Settings, 'id'>>): Promise<void> {
		await this.commit([{ op: 'put', kind: 'settings', record: { ...this.settings, ...patch } }]);
	}
}

/** IndexedDB (and Dexie's wrapper) report a full disk as a QuotaExceededError. */
function isQuotaError(error: unknown): boolean {
	const name = (error as { name?: string } | null)?.name;
	const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
	return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}
