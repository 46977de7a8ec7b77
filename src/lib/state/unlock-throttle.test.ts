import { writeVaultHeader } from '$lib/db/vault-store';
import { openDatabase } from '$lib/db/database';
import { newId } from '$lib/domain/common.schema';
import { describe, expect, it } from 'vitest';
import { UnlockThrottle, unlockDelayMs } from './unlock-throttle';

describe('UnlockThrottle', () => {
	it('lets two typos pass, then delays each next attempt until a right passphrase', async () => {
		const db = openDatabase(`throttle-${newId()}`);
		await writeVaultHeader(db, { format: 'stekboek-vault' });
		const throttle = new UnlockThrottle();
		await throttle.failed(db);
		await throttle.failed(db);
		expect(() => throttle.check()).not.toThrow();
		expect(await throttle.failed(db)).toBe(3);
		expect(() => throttle.check()).toThrow(expect.objectContaining({ key: 'unlock.wait' }));

		const restarted = new UnlockThrottle();
		restarted.start(3);
		expect(() => restarted.check()).toThrow(expect.objectContaining({ key: 'unlock.wait' }));
		await throttle.succeeded(db);
		expect(() => throttle.check()).not.toThrow();
		expect(unlockDelayMs(3)).toBe(2000);
		db.close();
	});
});
