import { randomBytes, toBase64 } from '$lib/crypto';
import { VaultError } from './vault-error';

/** Why a passkey cannot unlock here: no WebAuthn at all, or a browser without PRF. */
export type PasskeySupport = 'supported' | 'no-webauthn' | 'no-prf';

/** Two minutes: time to find the phone's fingerprint sensor, not long enough to forget it. */
const CEREMONY_TIMEOUT_MS = 120_000;

/** A copy on a plain ArrayBuffer, as WebAuthn's BufferSource wants. */
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(bytes);
}

/**
 * What this browser can do. The authenticator may still lack PRF, which only the
 * registration tells (`prf.enabled`); `getClientCapabilities` is asked where it exists.
 */
export async function passkeySupport(): Promise<PasskeySupport> {
	if (typeof PublicKeyCredential === 'undefined' || !navigator.credentials) return 'no-webauthn';
	if (!('getClientCapabilities' in PublicKeyCredential)) return 'supported';
	const capabilities = await PublicKeyCredential.getClientCapabilities().catch(() => null);
	return capabilities?.['extension:prf'] === false ? 'no-prf' : 'supported';
}

/**
 * Runs a WebAuthn call, turning its failures into messages: a cancel or timeout
 * (`NotAllowedError`, `AbortError`) is the worker's choice and says so; anything else
 * says the passkey did not work. Neither is counted as a failed unlock.
 */
async function ceremony(call: () => Promise<Credential | null>): Promise<PublicKeyCredential> {
	let credential: Credential | null;
	try {
		credential = await call();
	} catch (error) {
		const name = (error as { name?: string } | null)?.name;
		const cancelled = name === 'NotAllowedError' || name === 'AbortError';
		throw new VaultError(cancelled ? 'passkey.cancelled' : 'passkey.failed');
	}
	if (!(credential instanceof PublicKeyCredential)) throw new VaultError('passkey.failed');
	return credential;
}

/** The PRF output as bytes the caller zeroes, or null when the authenticator gave none. */
function prfFirst(credential: PublicKeyCredential): Uint8Array | null {
	const first = credential.getClientExtensionResults().prf?.results?.first;
	if (!first) return null;
	return first instanceof ArrayBuffer
		? new Uint8Array(first)
		: new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
}

/**
 * Asks the passkey `credentialId` (user verification required) for its PRF output on
 * `salt`. Throws `passkey.noPrf` when the authenticator answers without one.
 */
export async function evaluatePrf(credentialId: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
	const credential = await ceremony(() =>
		navigator.credentials.get({
			publicKey: {
				challenge: buffer(randomBytes(32)), // nothing verifies it: the unwrap is the proof
				rpId: location.hostname,
				allowCredentials: [{ type: 'public-key', id: buffer(credentialId) }],
				userVerification: 'required',
				timeout: CEREMONY_TIMEOUT_MS,
				extensions: { prf: { eval: { first: buffer(salt) } } }
			}
		})
	);
	const output = prfFirst(credential);
	if (!output) throw new VaultError('passkey.noPrf');
	return output;
}

/**
 * Registers a platform passkey for this origin with the PRF extension and returns its id
 * and PRF output on `salt`. The user handle is random (no record id, nothing personal);
 * the name only tells the worker which app the passkey is for. When PRF is enabled but
 * the registration gave no output (older authenticators), one follow-up touch gets it.
 */
export async function registerPasskey(
	salt: Uint8Array
): Promise<{ credentialId: Uint8Array; prfOutput: Uint8Array }> {
	const credential = await ceremony(() =>
		navigator.credentials.create({
			publicKey: {
				rp: { id: location.hostname, name: 'Stekboek' },
				user: { id: buffer(randomBytes(32)), name: 'Stekboek', displayName: 'Stekboek' },
				challenge: buffer(randomBytes(32)),
				pubKeyCredParams: [
					{ type: 'public-key', alg: -7 },
					{ type: 'public-key', alg: -8 },
					{ type: 'public-key', alg: -257 }
				],
				authenticatorSelection: {
					authenticatorAttachment: 'platform',
					residentKey: 'preferred',
					userVerification: 'required'
				},
				attestation: 'none',
				timeout: CEREMONY_TIMEOUT_MS,
				extensions: { prf: { eval: { first: buffer(salt) } } }
			}
		})
	);
	const credentialId = new Uint8Array(credential.rawId);
	if (credential.getClientExtensionResults().prf?.enabled !== true) {
		forgetPasskey(credentialId);
		throw new VaultError('passkey.noPrf');
	}
	const prfOutput = prfFirst(credential) ?? (await evaluatePrf(credentialId, salt));
	return { credentialId, prfOutput };
}

/**
 * Tells the passkey manager, where the browser supports it, that this credential no
 * longer opens anything, so it can offer to delete it. Best effort: never throws.
 */
export function forgetPasskey(credentialId: Uint8Array): void {
	if (typeof PublicKeyCredential === 'undefined') return;
	const signal = (
		PublicKeyCredential as unknown as {
			signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void>;
		}
	).signalUnknownCredential;
	if (!signal) return;
	const options = { rpId: location.hostname, credentialId: toBase64(credentialId) };
	signal.call(PublicKeyCredential, options).catch(() => undefined);
}
