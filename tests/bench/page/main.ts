import { benchKdf, benchUnlock } from './vault-bench';

/**
 * Every in-browser benchmark, run one after another so they do not compete for the two
 * cores. run-bench.mjs calls this through Playwright and prints the figures.
 */
async function runBench(): Promise<Record<string, unknown>> {
	return {
		argon2idDefaultCostMs: await benchKdf(),
		unlock10kPersons: await benchUnlock(10_000)
	};
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
