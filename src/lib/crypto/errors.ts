/**
 * Typed errors of the crypto module. Each carries a stable `code` so the UI can map it to a
 * translated message; messages here are for developers and never contain personal data.
 * `name` is set explicitly because minification renames classes.
 */

/** Base class of every error this module throws on purpose, so callers can tell them from bugs. */
export abstract class CryptoError extends Error {
	abstract readonly code: string;
}

/**
 * Refused KDF parameters: below the floor (a downgrade), above the ceiling (an unlock that
 * would hang) or malformed. Either way the header was damaged or tampered with.
 */
export class KdfDowngradeError extends CryptoError {
	override readonly name = 'KdfDowngradeError';
	readonly code = 'kdf-downgrade';
	constructor(readonly reason: 'malformed' | 'below-floor' | 'above-ceiling') {
		super(`KDF parameters refused: ${reason}`);
	}
}

/** A record (or wrapped key) failed to authenticate: wrong key, tampered bytes or wrong AAD. */
export class DecryptionError extends CryptoError {
	override readonly name = 'DecryptionError';
	readonly code = 'decryption';
	constructor(message = 'ciphertext failed to authenticate') {
		super(message);
	}
}

/** The passphrase key did not unwrap the data key. No verifier is stored, so this is the signal. */
export class WrongPassphraseError extends CryptoError {
	override readonly name = 'WrongPassphraseError';
	readonly code = 'wrong-passphrase';
	constructor() {
		super('wrong passphrase');
	}
}

/**
 * The key derived from a passkey's PRF output did not unwrap the data key: another
 * credential, another authenticator's answer, or a passkey slot moved or altered.
 */
export class WrongPasskeyError extends CryptoError {
	override readonly name = 'WrongPasskeyError';
	readonly code = 'wrong-passkey';
	constructor() {
		super('passkey did not open the vault');
	}
}

/** The vault header is not a valid v1 header, or its parts do not belong together. */
export class VaultHeaderError extends CryptoError {
	override readonly name = 'VaultHeaderError';
	readonly code = 'vault-header';
	constructor(readonly reason: 'malformed' | 'tampered' | 'wrong-keys') {
		super(`vault header refused: ${reason}`);
	}
}

/** A sealed box could not be opened with this vault's key pair. */
export class SealedBoxError extends CryptoError {
	override readonly name = 'SealedBoxError';
	readonly code = 'sealed-box';
	constructor() {
		super('sealed box failed to open');
	}
}

/** An encrypted stream ended before its final chunk: the file was cut off. */
export class TruncatedError extends CryptoError {
	override readonly name = 'TruncatedError';
	readonly code = 'truncated';
	constructor() {
		super('encrypted stream is truncated');
	}
}

/**
 * An encrypted stream failed to authenticate. `chunkIndex` 0 usually means a wrong key
 * (passphrase) rather than damage, since the first chunk is the first thing the key meets.
 */
export class TamperedError extends CryptoError {
	override readonly name = 'TamperedError';
	readonly code = 'tampered';
	constructor(
		readonly chunkIndex: number,
		readonly reason: 'auth' | 'framing' | 'trailing-data'
	) {
		super(`encrypted stream refused at chunk ${chunkIndex}: ${reason}`);
	}
}

/**
 * The key-derivation worker gave no answer in time (it failed to start, or the browser
 * froze it). Unlock stops with a message instead of waiting for ever.
 */
export class KdfTimeoutError extends CryptoError {
	override readonly name = 'KdfTimeoutError';
	readonly code = 'kdf-timeout';
	constructor(readonly afterMs: number) {
		super(`key derivation gave no answer within ${afterMs} ms`);
	}
}
