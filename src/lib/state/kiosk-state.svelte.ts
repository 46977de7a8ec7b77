import { fromBase64, loadSodium, vaultHeaderSchema, vaultPublicKey } from '$lib/crypto';
import type { SealedRow } from '$lib/db/database';
import { newId } from '$lib/domain/common.schema';
import type { FocusAnswer } from '$lib/domain/focus.schema';
import {
	clearKioskConfig,
	readKioskConfig,
	writeKioskConfig,
	type KioskConfig,
	type KioskStorage
} from '$lib/kiosk/kiosk-config';
import { sealEntry } from '$lib/kiosk/sealed-entry';

/** The vault header's public key is not the one the kiosk was started with: nothing is sealed. */
export class KioskKeyChanged extends Error {
	constructor() {
		super('the vault key differs from the kiosk pin');
	}
}

/** True when two public keys are the same bytes. */
function sameKey(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** What a kiosk may touch: web storage for its config, the clear header, the sealed table. */
export interface KioskDeps {
	storage: KioskStorage | null;
	/** The clear vault header as stored, or undefined when this device has no vault. */
	readHeader(): Promise<unknown>;
	putSealed(row: SealedRow): Promise<void>;
}

/**
 * A focus-group kiosk: it runs while the vault is locked and holds no secret at all, only
 * the vault's public key, so every input it stores is sealed and it can read none back —
 * not even the one it just sealed. Its config lives in web storage, so a reload (or a
 * participant typing another address) comes back to the kiosk.
 */
export class KioskState {
	config = $state<KioskConfig | null>(null);
	/** True once the public key is loaded and inputs can be sealed. */
	ready = $state(false);
	/** True when the header's key differs from the pinned one: the kiosk seals nothing. */
	keyChanged = $state(false);
	/** The vault's X25519 public key: not secret, and the only key a kiosk ever holds. */
	publicKey: Uint8Array | null = null;
	readonly #deps: KioskDeps;

	constructor(deps: KioskDeps) {
		this.#deps = deps;
		this.config = readKioskConfig(deps.storage);
	}

	get active(): boolean {
		return this.config !== null;
	}

	/** Turns kiosk mode on (while unlocked, just before the vault is locked and the page reloads). */
	begin(config: KioskConfig): void {
		writeKioskConfig(this.#deps.storage, config);
		this.config = config;
	}

	/**
	 * Loads the public key from the clear header and checks it against the pinned one. Without
	 * a vault there is nothing to seal to, so the kiosk ends (returns false) rather than lose
	 * what people type; with another key (swapped in the clear row, or renewed by a key
	 * rotation since the kiosk started) it refuses (`keyChanged`) until the worker closes it.
	 */
	async prepare(): Promise<boolean> {
		const header = vaultHeaderSchema.safeParse(await this.#deps.readHeader());
		if (!header.success || !this.config) {
			this.end();
			return false;
		}
		await loadSodium();
		const pinned = fromBase64(this.config.publicKey);
		if (!sameKey(vaultPublicKey(header.data), pinned)) {
			this.keyChanged = true;
			this.ready = false;
			this.publicKey = null;
			return false;
		}
		this.publicKey = pinned;
		this.keyChanged = false;
		this.ready = true;
		return true;
	}

	/**
	 * Seals one participant's answers under a fresh random id and counts the participant. The
	 * header is checked again first, so a key rotated while the kiosk runs is refused
	 * (KioskKeyChanged) instead of sealed to silently.
	 */
	async submit(answers: FocusAnswer[]): Promise<void> {
		if (!this.config || !this.publicKey) throw new Error('kiosk not ready');
		if (!(await this.prepare())) throw new KioskKeyChanged();
		const input = { id: newId(), focusSessionId: this.config.sessionId, answers };
		await this.#deps.putSealed(sealEntry(this.publicKey, { format: 1, kind: 'focusInput', input }));
		this.config = { ...this.config, headcount: this.config.headcount + 1 };
		try {
			writeKioskConfig(this.#deps.storage, this.config);
		} catch {
			// The input is stored; only the count would restart after a reload.
		}
	}

	/** Re-reads the config after another tab of the app started, counted or ended the kiosk. */
	reread(): void {
		this.config = readKioskConfig(this.#deps.storage);
		if (!this.config) {
			this.ready = false;
			this.publicKey = null;
		}
	}

	/** Leaves kiosk mode on this device (after the worker's passphrase unlocked the vault). */
	end(): void {
		clearKioskConfig(this.#deps.storage);
		this.config = null;
		this.ready = false;
		this.keyChanged = false;
		this.publicKey = null;
	}
}
