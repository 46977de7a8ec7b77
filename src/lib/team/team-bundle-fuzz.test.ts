import { describe, it } from 'vitest';
import { fuzzTeamBundleReader, TEAM_BUNDLE_FUZZ_RUNS } from '$test-support/team/team-bundle-fuzz';

describe('team bundle reader under random input', () => {
	it('reads or refuses with a TeamBundleError every random, edited or re-sealed file', async () => {
		await fuzzTeamBundleReader(TEAM_BUNDLE_FUZZ_RUNS);
	}, 120_000);
});
