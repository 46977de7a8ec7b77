import { beforeAll, describe, expect, it } from 'vitest';
import { KDF_FLOOR, utf8 } from '$lib/crypto';
import { yearPeriod } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import { generateDemoData } from '$lib/demo/demo-data';
import {
	memoisedDerive,
	sampleExactReport,
	TEST_TEAM_PASSPHRASE
} from '$lib/team/team-bundle-test-kit';
import { writeTeamBundle } from '$lib/team/team-bundle-writer';
import { openBundles, type BundleFile } from './report-bundles';

const derive = memoisedDerive();
const context = { period: yearPeriod(2022), language: 'nl' as const, loaded: [] };
const asFile = (name: string, bytes: Uint8Array): BundleFile => ({
	name,
	size: bytes.length,
	arrayBuffer: async () => bytes.slice().buffer
});
let bundle2022: Uint8Array;
let bundle2021: Uint8Array;
let bundleEnglish: Uint8Array;

beforeAll(async () => {
	bundle2022 = await writeTeamBundle(sampleExactReport(2022), TEST_TEAM_PASSPHRASE, KDF_FLOOR);
	bundle2021 = await writeTeamBundle(sampleExactReport(2021), TEST_TEAM_PASSPHRASE, KDF_FLOOR);
	const english = aggregateReport({
		...generateDemoData(),
		period: yearPeriod(2022),
		language: 'en'
	});
	bundleEnglish = await writeTeamBundle(english, TEST_TEAM_PASSPHRASE, KDF_FLOOR);
});

describe('openBundles', () => {
	it('opens bundles of the report period', async () => {
		const files = [asFile('a.stekteam', bundle2022)];
		const { add, issues } = await openBundles(files, TEST_TEAM_PASSPHRASE, context, derive);
		expect(issues).toEqual([]);
		expect(add.map((b) => [b.fileName, b.report.period])).toEqual([
			['a.stekteam', yearPeriod(2022)]
		]);
	});

	it('adds nothing when one of several files is refused, and names each refused file', async () => {
		const files = [
			asFile('goed.stekteam', bundle2022),
			asFile('vorig-jaar.stekteam', bundle2021),
			asFile('engels.stekteam', bundleEnglish),
			asFile('nogmaals.stekteam', bundle2022),
			asFile('foto.jpg', utf8('not a bundle')),
			{ name: 'groot.stekteam', size: 50_000_000, arrayBuffer: () => Promise.reject(new Error()) }
		];
		const { add, issues } = await openBundles(files, TEST_TEAM_PASSPHRASE, context, derive);
		expect(add).toEqual([]);
		expect(issues).toEqual([
			{ fileName: 'vorig-jaar.stekteam', problem: 'period', period: yearPeriod(2021) },
			{ fileName: 'engels.stekteam', problem: 'language' },
			{ fileName: 'nogmaals.stekteam', problem: 'duplicate' },
			{ fileName: 'foto.jpg', problem: 'not-bundle' },
			{ fileName: 'groot.stekteam', problem: 'too-large' }
		]);
	});

	it('refuses a wrong passphrase and a bundle loaded before', async () => {
		const first = await openBundles(
			[asFile('a.stekteam', bundle2022)],
			TEST_TEAM_PASSPHRASE,
			context,
			derive
		);
		const wrong = await openBundles(
			[asFile('a.stekteam', bundle2022)],
			'een andere zin dan die van het team',
			context,
			derive
		);
		expect(wrong.issues).toEqual([{ fileName: 'a.stekteam', problem: 'wrong-passphrase' }]);
		const again = await openBundles(
			[asFile('b.stekteam', bundle2022)],
			TEST_TEAM_PASSPHRASE,
			{ ...context, loaded: first.add },
			derive
		);
		expect(again.issues).toEqual([{ fileName: 'b.stekteam', problem: 'duplicate' }]);
	});
});
