import { describe, expect, it } from 'vitest';
import { BACKUP_FUZZ_RUNS, checkBackupReaderNeverThrows } from '$test-support/backup/backup-fuzz';

describe('backup reader on random and damaged files', () => {
	it('refuses every random or damaged file with a BackupError and never writes', async () => {
		const tally = await checkBackupReaderNeverThrows(BACKUP_FUZZ_RUNS);
		const cases = Object.values(tally).reduce((sum, count) => sum + (count ?? 0), 0);
		expect(cases).toBe(BACKUP_FUZZ_RUNS);
		expect(tally.unexpected).toBeUndefined();
	}, 120_000);
});
