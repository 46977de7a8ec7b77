import { beforeAll, describe, expect, it } from 'vitest';
import { addPasskeySlot, loadSodium, randomBytes, toBase64 } from '$lib/crypto';
import { splitBackup } from './backup-format';
import { readBackup } from './backup-reader';
import {
	floorVault,
	memoisedUnlock,
	sampleRecords,
	TEST_PASSPHRASE
} from '$test-support/backup/backup-test-kit';
import { writeBackup } from './backup-writer';

beforeAll(async () => {
	await loadSodium();
});

describe('a backup of a vault with a passkey', () => {
	it('leaves the passkey slot out, so the file opens with the passphrase only', async () => {
		const { header, keys } = await floorVault();
		const prf = randomBytes(32);
		const withSlot = await addPasskeySlot(header, keys, randomBytes(32), prf);
		const records = sampleRecords(3, 100);
		const { bytes } = await writeBackup({
			header: withSlot,
			keys,
			records,
			sealed: [],
			createdAt: '2024-05-03T10:00:00.000Z'
		});
		const clear = splitBackup(bytes).header;
		expect(clear.vault.passkey).toBeUndefined();
		expect(JSON.stringify(clear)).not.toContain(withSlot.passkey!.credentialId);
		expect(JSON.stringify(clear)).not.toContain(toBase64(prf));
		const read = await readBackup(bytes, TEST_PASSPHRASE, { unlock: memoisedUnlock() });
		expect(read.header.passkey).toBeUndefined();
		expect(read.keys.dataKey).toEqual(keys.dataKey);
	});
});
