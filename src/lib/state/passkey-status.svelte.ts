import { hasPasskeySlot, removePasskey } from './vault-passkey';
import { vault } from './vault-session.svelte';
import { passkeySupport, type PasskeySupport } from './webauthn-prf';

/**
 * What the lock screen and Instellingen show about passkey unlock: whether the header has
 * a passkey slot and whether this browser can use one. Read from storage, never assumed.
 */
class PasskeyStatus {
	/** The header has a passkey slot; null until loaded. */
	slot = $state<boolean | null>(null);
	support = $state<PasskeySupport | null>(null);

	/** `Ontgrendel met passkey` is offered only with a slot and a browser with WebAuthn and PRF. */
	get canUnlock(): boolean {
		return this.slot === true && this.support === 'supported';
	}

	/** Reads the slot and asks the browser what it supports. */
	async load(): Promise<void> {
		const [slot, support] = await Promise.all([hasPasskeySlot(vault.db), passkeySupport()]);
		this.slot = slot;
		this.support = support;
	}

	/** Registers a passkey after checking the passphrase. */
	async setUp(passphrase: string): Promise<void> {
		await vault.setUpPasskey(passphrase);
		this.slot = true;
	}

	/** Removes the slot; the passphrase alone opens the vault again. */
	async remove(): Promise<void> {
		await removePasskey(vault.db);
		this.slot = false;
	}
}

export const passkeyStatus = new PasskeyStatus();
