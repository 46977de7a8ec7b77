import { checkBackupReaderNeverThrows } from '$test-support/backup/backup-fuzz';
import { checkImportNeverThrows } from '$test-support/import/import-fuzz';
import { checkTaxonomyFileNeverThrows } from '$test-support/taxonomy/taxonomy-fuzz';
import { fuzzTeamBundleReader } from '$test-support/team/team-bundle-fuzz';
import { round, time } from './stats';

/** Property-based fuzzing of every file reader, `runs` random and mutated inputs each. */
export async function benchFuzz(runs = 10_000) {
	const seconds = (ms: number) => round(ms / 1000);
	const csv = await time(() => checkImportNeverThrows(runs));
	const taxonomy = await time(() => checkTaxonomyFileNeverThrows(runs));
	const backup = await time(() => checkBackupReaderNeverThrows(runs));
	const team = await time(() => fuzzTeamBundleReader(runs));
	return {
		csvImport: { runs, seconds: seconds(csv) },
		taxonomyFile: { runs, seconds: seconds(taxonomy) },
		backupFile: { runs, seconds: seconds(backup) },
		teamBundle: { runs, seconds: seconds(team) }
	};
}
