import {
	openSealed,
	sealForVault,
	SealedBoxError,
	type VaultHeader,
	type VaultKeys
} from '$lib/crypto';
import type { SealedRow, StekboekDatabase } from './database';
import type { EncryptedRepository } from './encrypted-repository';
import { writeVaultHeader } from './vault-store';

/** Opens a sealed row with the old pair and seals it to the new key; undefined if it does not open. */
function reseal(row: SealedRow, old: VaultKeys, next: VaultKeys): SealedRow | undefined {
	try {
		return { id: row.id, sealed: sealForVault(next.publicKey, openSealed(old, row.sealed)) };
	} catch (error) {
		if (error instanceof SealedBoxError) return undefined;
		throw error;
	}
}

/**
 * Rotates the vault's keys in ONE transaction: every record re-encrypted under the new
 * data key in new rows, every sealed row (kiosk input, quick capture not yet taken in)
 * sealed again to the new public key, and the new header. A sealed row that does not
 * open with the old pair stays as it was. If anything fails nothing changes and the
 * repository keeps the old key; on success the caller zeroes the old keys.
 */
export async function rotateVault(
	db: StekboekDatabase,
	repository: EncryptedRepository,
	old: VaultKeys,
	next: { header: VaultHeader; keys: VaultKeys },
	onProgress?: (done: number) => void
): Promise<void> {
	await repository.rotate(next.keys.dataKey, {
		onProgress,
		inTransaction: async () => {
			const sealed = await db.sealed.toArray();
			const resealed = sealed.flatMap((row) => reseal(row, old, next.keys) ?? []);
			if (resealed.length > 0) await db.sealed.bulkPut(resealed);
			await writeVaultHeader(db, next.header);
		}
	});
}
