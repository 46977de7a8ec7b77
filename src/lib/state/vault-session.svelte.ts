import {
	createVault,
	forgetKeys,
	KdfDowngradeError,
	KdfTimeoutError,
	openVault,
	rewrapVault,
	VaultHeaderError,
	vaultHeaderSchema,
	WrongPasskeyError,
	WrongPassphraseError,
	type OpenedVault,
	type VaultHeader,
	type VaultKeys
} from '$lib/crypto';
import { withDeadline } from '$lib/crypto/deadline';
import { closeConnectionOnPageHide } from '$lib/db/page-cache';
import { openDatabase, type ItemRow, type StekboekDatabase } from '$lib/db/database';
import { EncryptedRepository, readRowsEarly, type Change } from '$lib/db/encrypted-repository';
import { readVaultRow, wipeEverything, writeVaultHeader } from '$lib/db/vault-store';
import { defaultSettings } from '$lib/domain/settings.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { tabSync } from './tab-sync';
import type { MessageKey } from '$lib/i18n/messages';
import { UnlockThrottle } from './unlock-throttle';
import { openWithPasskey, setUpPasskey } from './vault-passkey';
import { checkPassphrase, rotateKeys } from './vault-rekey';
import { VaultError } from './vault-error';

export { VaultError };
import { VaultData } from './vault-data.svelte';
import { MIN_PASSPHRASE_LENGTH, vaultState, type VaultStatus } from './vault-status.svelte';

export type { VaultStatus };
export { MIN_PASSPHRASE_LENGTH };

/**
 * How long one storage step of an unlock may wait. A read or write that IndexedDB holds
 * back (behind a transaction of a frozen page of this app) ends with a message, not a hang.
 */
export const STORAGE_DEADLINE_MS = 15_000;

function inTime<T>(work: Promise<T>): Promise<T> {
	return withDeadline(work, STORAGE_DEADLINE_MS, () => new VaultError('unlock.storageStuck'));
}

/**
 * The vault's life: first run, unlock, lock. The data key exists only in memory while
 * unlocked; locking zeroes it and reloads the page so nothing decrypted survives.
 */
class VaultSession {
	// The state lives in the light module the lock screen reads (see vault-status).
	get status(): VaultStatus {
		return vaultState.status;
	}
	set status(value: VaultStatus) {
		vaultState.status = value;
	}
	/** True while a key is being derived (about a second on a cheap phone). */
	get busy(): boolean {
		return vaultState.busy;
	}
	set busy(value: boolean) {
		vaultState.busy = value;
	}
	get data(): VaultData | null {
		return vaultState.data;
	}
	set data(value: VaultData | null) {
		vaultState.data = value;
	}
	/** Something the worker should know after unlock (a repaired header), or null. */
	get warning(): MessageKey | null {
		return vaultState.warning;
	}
	set warning(value: MessageKey | null) {
		vaultState.warning = value;
	}
	#db: StekboekDatabase | null = null;
	readonly #throttle = new UnlockThrottle();
	#beforeLock: (() => Promise<void>)[] = [];
	#drafts: Promise<unknown> = Promise.resolve();

	get db(): StekboekDatabase {
		if (!this.#db) {
			closeConnectionOnPageHide();
			this.#db = openDatabase();
		}
		return this.#db;
	}

	/** Finds out whether this device has a vault, and listens to the app's other tabs. */
	async start(): Promise<void> {
		tabSync.listen((message) => {
			if (message.type === 'lock' && this.data) this.#lockHere();
			if (message.type === 'changed') void this.data?.refresh(message.rows);
		});
		const row = await readVaultRow(this.db);
		this.#throttle.start(row?.failedUnlocks ?? 0);
		this.status = row ? 'locked' : 'new';
	}

	/**
	 * Creates a vault with the default lists and settings, and opens it. `initial` records
	 * (the demo data) are written before the app opens, so it shows them from its first
	 * frame instead of filling in under the worker's finger.
	 */
	async create(passphrase: string, initial: readonly Change[] = []): Promise<void> {
		if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new VaultError('vault.tooShort');
		this.busy = true;
		try {
			const { header, keys } = await createVault(passphrase);
			await writeVaultHeader(this.db, header);
			const repository = await this.#open(keys);
			const seed: Change[] = [
				{ op: 'put', kind: 'settings', record: defaultSettings },
				...defaultTaxonomy().map((record): Change => ({ op: 'put', kind: 'taxonomy', record }))
			];
			await repository.commit(seed);
			if (initial.length > 0) await repository.commit(initial);
			this.#enter(repository, keys);
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Unlocks with the passphrase; a wrong one is counted and slows the next attempt.
	 * `allowWipe: false` (the focus-group kiosk, where participants handle the tablet)
	 * keeps the growing delay but never wipes the device for failures.
	 */
	async unlock(passphrase: string, { allowWipe = true } = {}): Promise<void> {
		await this.#unlockWith((header) => openVault(header, passphrase), allowWipe);
	}

	/**
	 * Unlocks with the passkey (one touch). A passkey whose answer does not open the vault
	 * is counted like a wrong passphrase (same delay, same wipe policy); a cancel is not.
	 */
	async unlockWithPasskey(): Promise<void> {
		await this.#unlockWith(openWithPasskey, true);
	}

	async #unlockWith(
		open: (header: VaultHeader) => Promise<OpenedVault>,
		allowWipe: boolean
	): Promise<void> {
		this.#throttle.check();
		const row = await inTime(readVaultRow(this.db));
		const header = vaultHeaderSchema.safeParse(row?.header);
		if (!row || !header.success) throw new VaultError('unlock.headerDamaged');
		this.busy = true;
		let opened: VaultKeys | undefined;
		// Ciphertext only: read while the key is derived, decrypted once it is there.
		const rows = readRowsEarly(this.db).catch(() => null);
		try {
			const { keys, repairedHeader } = await open(header.data);
			opened = keys;
			await inTime(this.#throttle.succeeded(this.db));
			// The private key is authenticated, the clear public key is not: trust the former.
			if (repairedHeader) await inTime(writeVaultHeader(this.db, repairedHeader));
			this.warning = repairedHeader ? 'vault.publicKeyRepaired' : null;
			this.#enter(await inTime(this.#open(keys, rows)), keys);
		} catch (error) {
			if (opened && this.data?.keys !== opened) forgetKeys(opened);
			if (error instanceof KdfDowngradeError || error instanceof VaultHeaderError) {
				throw new VaultError('unlock.headerDamaged');
			}
			if (error instanceof KdfTimeoutError) throw new VaultError('unlock.kdfStuck');
			const passkey = error instanceof WrongPasskeyError;
			if (!passkey && !(error instanceof WrongPassphraseError)) throw error;
			const failures = await this.#throttle.failed(this.db);
			if (allowWipe && row.wipeAfterFailures !== null && failures >= row.wipeAfterFailures) {
				await wipeEverything(this.db);
				location.reload();
			}
			throw new VaultError(passkey ? 'passkey.wrong' : 'unlock.wrong');
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Changes the passphrase. With `rotate` (the default) the data key and key pair are
	 * renewed and every record re-encrypted, so the old passphrase opens nothing written
	 * from now on; without, only the data key is re-wrapped (a passkey keeps working). A
	 * wrong current passphrase is counted and delayed exactly like a wrong unlock. Returns
	 * true when a rotation removed the passkey slot (see `rotateKeys`).
	 */
	async changePassphrase(
		current: string,
		next: string,
		{ rotate = true, onProgress }: { rotate?: boolean; onProgress?: (done: number) => void } = {}
	): Promise<boolean> {
		if (next.length < MIN_PASSPHRASE_LENGTH) throw new VaultError('vault.tooShort');
		const data = this.#unlocked();
		const header = await checkPassphrase(this.db, this.#throttle, current);
		if (rotate) return rotateKeys(this.db, data, header, next, onProgress);
		await writeVaultHeader(this.db, await rewrapVault(header, data.keys, next));
		return false;
	}

	/**
	 * Renews the data key under the same passphrase (after erasing a person). Returns true
	 * when the rotation removed the passkey slot.
	 */
	async rotateKey(passphrase: string, onProgress?: (done: number) => void): Promise<boolean> {
		const data = this.#unlocked();
		const header = await checkPassphrase(this.db, this.#throttle, passphrase);
		return rotateKeys(this.db, data, header, passphrase, onProgress);
	}

	/** Sets up passkey unlock after checking the passphrase (see vault-passkey.ts). */
	async setUpPasskey(passphrase: string): Promise<void> {
		await setUpPasskey(this.db, this.#throttle, this.#unlocked(), passphrase);
	}

	#unlocked(): VaultData {
		if (!this.data) throw new VaultError('unlock.headerDamaged');
		return this.data;
	}

	/** Locks this tab and every other open tab of the app. */
	lock(): void {
		tabSync.post({ type: 'lock' });
		this.#lockHere();
	}

	/** Registers work that must finish before the key is forgotten (saving a draft). */
	beforeLock(task: () => Promise<void>): void {
		this.#beforeLock.push(task);
	}

	/** Starts writing every unsaved draft now (the page was hidden and may never return). */
	saveDrafts(): Promise<unknown> {
		this.#drafts = Promise.allSettled(this.#beforeLock.map((task) => task()));
		return this.#drafts;
	}

	/**
	 * Forgets the keys at once (the page is being left, perhaps into the back/forward
	 * cache). Each draft is encrypted synchronously when its write starts, so it is queued
	 * before the key is zeroed; a restored page reloads into the lock screen. The page shows
	 * nothing meanwhile: a lock screen mounted now would read the vault row, and WebKit
	 * freezes that read with the cached page, holding back every later write to the row
	 * (the next unlock in a new page waited for ever).
	 */
	forget(): void {
		if (!this.data) return;
		void this.saveDrafts();
		forgetKeys(this.data.keys);
		this.data = null;
		this.status = 'left';
	}

	/** Resolves once the drafts started last have been written, or after a second at most. */
	draftsWritten(): Promise<unknown> {
		return Promise.race([this.#drafts, new Promise((resolve) => setTimeout(resolve, 1000))]);
	}

	/**
	 * Lets pending drafts reach the disk (at most a second), then forgets the key and
	 * reloads, so that no decrypted byte survives in memory.
	 */
	#lockHere(): void {
		const pending = Promise.allSettled(this.#beforeLock.map((task) => task()));
		const deadline = new Promise((resolve) => setTimeout(resolve, 1000));
		void Promise.race([pending, deadline]).then(() => {
			if (this.data) forgetKeys(this.data.keys);
			this.data = null;
			location.reload();
		});
	}

	/** Deletes the vault and everything in it from this device. */
	async wipe(): Promise<void> {
		if (this.data) forgetKeys(this.data.keys);
		await wipeEverything(this.db);
		location.reload();
	}

	async #open(keys: VaultKeys, rows?: Promise<ItemRow[] | null>): Promise<EncryptedRepository> {
		const repository = new EncryptedRepository(this.db, keys.dataKey);
		await repository.load(rows);
		return repository;
	}

	#enter(repository: EncryptedRepository, keys: VaultKeys): void {
		this.data = new VaultData(repository, keys);
		this.status = 'unlocked';
	}
}

export const vault = new VaultSession();
