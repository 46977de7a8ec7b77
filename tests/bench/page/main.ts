// The app runs zod jitless (its CSP forbids eval); the figures must be the app's.
import '$lib/zod-jitless';
import { loadSodium } from '$lib/crypto';
import { measureBackup } from './backup-bench';
import { benchFuzz } from './fuzz-bench';
import { benchLoad } from './load-bench';
import { benchImport, benchSaveLatency, benchSearch } from './registration-bench';
import { benchDisclosure, benchReport } from './report-bench';
import { benchMigration, benchRotation } from './rotation-bench';
import { benchKdf, benchUnlock } from './vault-bench';

const benches: Record<string, () => Promise<unknown>> = {
	argon2idDefaultCostMs: () => benchKdf(),
	unlock10kPersons: () => benchUnlock(10_000),
	rotation10kPersons: () => benchRotation(10_000),
	migration10kPersons: () => benchMigration(10_000),
	loadEncryptedVsPlain10k: () => benchLoad(10_000),
	loadEncryptedVsPlain100k: () => benchLoad(100_000),
	yearReport100k: () => benchReport(100_000),
	disclosureV2: () => benchDisclosure(),
	saveContactWith10kContacts: () => benchSaveLatency(10_000),
	personSearchKeystroke2k: () => benchSearch(2_000),
	import1200Rows: () => benchImport(1_200),
	backupRestore10kContacts: () => measureBackup(10_000),
	fuzz: () => benchFuzz(10_000)
};

/**
 * Every in-browser benchmark (or only those named in `only`), run one after another so
 * they do not compete for the two cores. run-bench.mjs calls this through Playwright.
 */
async function runBench(only: string[] = []): Promise<Record<string, unknown>> {
	const figures: Record<string, unknown> = {};
	// Unlocking loads libsodium in the app; here each figure may be the only one run.
	await loadSodium();
	for (const [name, bench] of Object.entries(benches)) {
		if (only.length === 0 || only.includes(name)) figures[name] = await bench();
	}
	return figures;
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
