import { SealedBoxError } from './errors';
import { loadSodium } from './sodium';

/** A team invitation's own X25519 key pair: fresh per invitation, never the vault's. */
export interface InvitationKeys {
	publicKey: Uint8Array;
	privateKey: Uint8Array;
}

/** Makes a fresh key pair for one team invitation (formats.md §5). */
export async function newInvitationKeys(): Promise<InvitationKeys> {
	const { publicKey, privateKey } = (await loadSodium()).crypto_box_keypair();
	return { publicKey, privateKey };
}

/** Groups of four digits in a fingerprint: 5 × 4 digits, easy to read out by phone. */
const FINGERPRINT_GROUPS = 5;

/**
 * The fingerprint two workers compare by phone: five groups of four digits from a BLAKE2b
 * hash of the invitation's public key (domain-separated), e.g. `0412 9931 5077 2810 6643`.
 */
export async function invitationFingerprint(publicKey: Uint8Array): Promise<string> {
	const sodium = await loadSodium();
	const label = new TextEncoder().encode('stekboek-team-invitation|');
	const input = new Uint8Array(label.length + publicKey.length);
	input.set(label);
	input.set(publicKey, label.length);
	const hash = sodium.crypto_generichash(32, input, null);
	const view = new DataView(hash.buffer, hash.byteOffset, hash.byteLength);
	const groups: string[] = [];
	for (let i = 0; i < FINGERPRINT_GROUPS; i++)
		groups.push(String(view.getUint32(i * 4) % 10_000).padStart(4, '0'));
	return groups.join(' ');
}

/** Seals a bundle's content to an invitation's public key with `crypto_box_seal`. */
export async function sealToInvitation(
	publicKey: Uint8Array,
	plaintext: Uint8Array
): Promise<Uint8Array> {
	return (await loadSodium()).crypto_box_seal(plaintext, publicKey);
}

/** Opens a sealed bundle with the invitation's key pair; throws `SealedBoxError` on failure. */
export async function openWithInvitation(
	keys: InvitationKeys,
	sealed: Uint8Array
): Promise<Uint8Array> {
	const sodium = await loadSodium();
	try {
		return sodium.crypto_box_seal_open(sealed, keys.publicKey, keys.privateKey);
	} catch {
		throw new SealedBoxError();
	}
}
