import { SealedBoxError } from './errors';
import { readySodium } from './sodium';
import type { VaultKeys } from './vault-keys';

/**
 * Encrypts to the vault's X25519 public key with `crypto_box_seal` (ephemeral sender key),
 * so a focus-group kiosk can write entries while the vault stays locked yet never read
 * them back. A sealed box has no AAD: put the entry's own id inside `plaintext` and check
 * it after opening, so a sealed entry moved to another row is caught.
 */
export function sealForVault(publicKey: Uint8Array, plaintext: Uint8Array): Uint8Array {
	return readySodium().crypto_box_seal(plaintext, publicKey);
}

/** Opens a sealed box with the unlocked vault's key pair; throws `SealedBoxError` on failure. */
export function openSealed(
	keys: Pick<VaultKeys, 'publicKey' | 'privateKey'>,
	sealed: Uint8Array
): Uint8Array {
	const sodium = readySodium();
	try {
		return sodium.crypto_box_seal_open(sealed, keys.publicKey, keys.privateKey);
	} catch {
		throw new SealedBoxError();
	}
}
