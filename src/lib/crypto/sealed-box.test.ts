import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from './bytes';
import { SealedBoxError } from './errors';
import { KDF_FLOOR } from './kdf';
import { openSealed, sealForVault } from './sealed-box';
import { vaultPublicKey, type VaultHeader } from './vault-header';
import { createVault, type VaultKeys } from './vault-keys';

const entry = utf8(JSON.stringify({ id: 'input-1', text: 'Sentinel-Kiosk' }));
let header: VaultHeader;
let keys: VaultKeys;
let otherKeys: VaultKeys;

beforeAll(async () => {
	({ header, keys } = await createVault('lange zin voor de stek', KDF_FLOOR));
	({ keys: otherKeys } = await createVault('een andere lange zin', KDF_FLOOR));
});

describe('sealForVault / openSealed', () => {
	it('seals with the clear public key alone and opens with the unlocked vault', () => {
		const sealed = sealForVault(vaultPublicKey(header), entry);
		expect(openSealed(keys, sealed)).toEqual(entry);
	});

	it('cannot be opened by a kiosk that holds only the public key', () => {
		const publicKey = vaultPublicKey(header);
		const sealed = sealForVault(publicKey, entry);
		const guesses = [publicKey, new Uint8Array(32)];
		for (const privateKey of guesses) {
			expect(() => openSealed({ publicKey, privateKey }, sealed)).toThrow(SealedBoxError);
		}
	});

	it('cannot be opened by another vault', () => {
		const sealed = sealForVault(keys.publicKey, entry);
		expect(() => openSealed(otherKeys, sealed)).toThrow(SealedBoxError);
	});

	it('refuses a tampered or truncated sealed box', () => {
		const sealed = sealForVault(keys.publicKey, entry);
		const tampered = sealed.slice();
		tampered[40] = (tampered[40] ?? 0) ^ 0x01;
		expect(() => openSealed(keys, tampered)).toThrow(SealedBoxError);
		expect(() => openSealed(keys, sealed.subarray(0, 20))).toThrow(SealedBoxError);
	});
});
