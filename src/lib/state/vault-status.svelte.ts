import { probeVault } from '$lib/db/vault-probe';
import { withLaterMessages, type MessageKey } from '$lib/i18n/messages';
import type { VaultData } from './vault-data.svelte';

/** `left`: the page is being left and shows nothing (see `VaultSession.forget`). */
export type VaultStatus = 'starting' | 'new' | 'locked' | 'unlocked' | 'left';

/** The shortest passphrase a vault accepts. */
export const MIN_PASSPHRASE_LENGTH = 12;

type Session = (typeof import('./vault-session.svelte'))['vault'];

/**
 * What the lock screen, the first-run screen and the layout read of the vault, without the
 * crypto, Dexie, schemas and repository behind it: those load on demand (`session()`), as
 * soon as the layout mounts, so the lock screen paints with little JavaScript and the
 * machinery is there by the time a passphrase is typed. The session keeps its state here.
 */
class VaultState {
	status = $state<VaultStatus>('starting');
	/** True while a key is being derived (about a second on a cheap phone). */
	busy = $state(false);
	data = $state.raw<VaultData | null>(null);
	/** Something the worker should know after unlock (a repaired header), or null. */
	warning = $state<MessageKey | null>(null);
	#session: Promise<Session> | null = null;
	#loaded: Session | null = null;

	/** The full vault session, loaded once. */
	session(): Promise<Session> {
		this.#session ??= withLaterMessages(import('./vault-session.svelte')).then((module) => {
			this.#loaded = module.vault;
			return module.vault;
		});
		return this.#session;
	}

	/** Finds out whether this device has a vault (see probeVault), and loads the session. */
	async start(): Promise<void> {
		const session = this.session();
		// Plain IndexedDB answers long before the session has loaded; it confirms below.
		const found = await probeVault().catch(() => null);
		if (found !== null && this.status === 'starting') this.status = found ? 'locked' : 'new';
		await (await session).start();
	}

	/** See `VaultSession.create`. */
	async create(passphrase: string): Promise<void> {
		await (await this.session()).create(passphrase);
	}

	/** See `VaultSession.unlock`. */
	async unlock(passphrase: string, options?: { allowWipe?: boolean }): Promise<void> {
		await (await this.session()).unlock(passphrase, options);
	}

	/** See `VaultSession.unlockWithPasskey`. */
	async unlockWithPasskey(): Promise<void> {
		await (await this.session()).unlockWithPasskey();
	}

	/** Locks this tab and every other one (only reachable once unlocked, so loaded). */
	lock(): void {
		this.#loaded?.lock();
	}

	/** See `VaultSession.saveDrafts`; nothing to save before the session is there. */
	saveDrafts(): Promise<unknown> {
		return this.#loaded?.saveDrafts() ?? Promise.resolve();
	}

	/** See `VaultSession.draftsWritten`. */
	draftsWritten(): Promise<unknown> {
		return this.#loaded?.draftsWritten() ?? Promise.resolve();
	}

	/** See `VaultSession.forget`: synchronous, as the page may be frozen right after. */
	forget(): void {
		this.#loaded?.forget();
	}
}

/** The vault's state for the light part of the app (see VaultState). */
export const vaultState = new VaultState();
