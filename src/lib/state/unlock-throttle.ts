import type { StekboekDatabase } from '$lib/db/database';
import { recordFailedUnlock, resetFailedUnlocks } from '$lib/db/vault-store';
import { VaultError } from './vault-error';

/**
 * How long to wait before the next unlock attempt after `failures` wrong passphrases in
 * a row: two free tries for typos, then 2 s, 4 s, 8 s… up to five minutes. It slows a
 * person guessing at the device; an attacker with a copy of the database is slowed by
 * Argon2id instead.
 */
export function unlockDelayMs(failures: number): number {
	if (failures < 3) return 0;
	return Math.min(2 ** (failures - 2), 300) * 1000;
}

/**
 * The one place wrong passphrases are counted and delayed: at unlock, in the change-
 * passphrase form and before a key rotation alike, so no form is a faster guessing door.
 * The count lives in IndexedDB (two copies, see vault-store.ts) and survives a reload.
 */
export class UnlockThrottle {
	#retryAt = 0;

	/** Sets the delay from the stored count (at start-up). */
	start(failures: number): void {
		this.#retryAt = Date.now() + unlockDelayMs(failures);
	}

	/** Throws `unlock.wait` while the delay after the last wrong passphrase runs. */
	check(): void {
		const waitMs = this.#retryAt - Date.now();
		if (waitMs > 0) throw new VaultError('unlock.wait', { seconds: Math.ceil(waitMs / 1000) });
	}

	/** Counts a wrong passphrase, starts the next delay and returns the new count. */
	async failed(db: StekboekDatabase): Promise<number> {
		const failures = await recordFailedUnlock(db);
		this.start(failures);
		return failures;
	}

	/** A right passphrase: the count starts again from zero. */
	async succeeded(db: StekboekDatabase): Promise<void> {
		this.#retryAt = 0;
		await resetFailedUnlocks(db);
	}
}
