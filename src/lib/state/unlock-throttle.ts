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
