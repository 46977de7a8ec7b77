import { measureBackup } from '$lib/backup/backup-bench';
import { benchFuzz } from './fuzz-bench';
import { benchLoad } from './load-bench';
import { benchImport, benchSaveLatency, benchSearch } from './registration-bench';
import { benchDisclosure, benchReport } from './report-bench';
import { benchKdf, benchUnlock } from './vault-bench';

/**
 * Every in-browser benchmark, run one after another so they do not compete for the two
 * cores. run-bench.mjs calls this through Playwright and prints the figures.
 */
async function runBench(): Promise<Record<string, unknown>> {
	return {
		argon2idDefaultCostMs: await benchKdf(),
		unlock10kPersons: await benchUnlock(10_000),
		loadEncryptedVsPlain10k: await benchLoad(10_000),
		loadEncryptedVsPlain100k: await benchLoad(100_000),
		yearReport100k: await benchReport(100_000),
		disclosureV2: await benchDisclosure(),
		saveContactWith10kContacts: await benchSaveLatency(10_000),
		personSearchKeystroke2k: await benchSearch(2_000),
		import1200Rows: await benchImport(1_200),
		backupRestore10kContacts: await measureBackup(10_000),
		fuzz: await benchFuzz(10_000)
	};
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
