import { deriveKey } from './derive-key';
import { DEFAULT_KDF_COST, newKdfParams, type KdfCost } from './kdf';
import { loadSodium, memzero } from './sodium';
import { parseVaultHeader, type VaultHeader } from './vault-header';
import { checkKeys, newVaultKeys, type VaultKeys } from './vault-keys';

/**
 * A header and keys for rotating the data key: a NEW random data key, a NEW X25519 pair
 * (so an old data key opens nothing sealed later either) and a fresh KDF salt, wrapped
 * under `passphrase` (the current one, or a new one when the passphrase changes with it).
 * The vault id stays, so backups made before still name this vault. Nothing is written:
 * the caller re-encrypts every record and stores this header in one transaction, then
 * zeroes the old keys. Throws `VaultHeaderError('wrong-keys')` if `keys` are not this
 * vault's, which would otherwise lock the worker out for good.
 */
export async function rekeyVault(
	header: VaultHeader,
	keys: Pick<VaultKeys, 'dataKey'>,
	passphrase: string,
	kdfCost: KdfCost = DEFAULT_KDF_COST
): Promise<{ header: VaultHeader; keys: VaultKeys }> {
	const valid = parseVaultHeader(header);
	await loadSodium();
	checkKeys(valid, keys);
	const kdf = newKdfParams(kdfCost);
	const passKey = await deriveKey(passphrase, kdf);
	try {
		return newVaultKeys(valid.vaultId, kdf, passKey);
	} finally {
		memzero(passKey);
	}
}
