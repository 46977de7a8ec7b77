import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '$lib/crypto';
import { generateDemoData } from '$lib/demo/demo-data';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { yearPeriod } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import { sampleExactReport, testInvitation } from '$test-support/team/team-bundle-test-kit';
import { writeTeamBundle } from '$lib/team/team-bundle-writer';
import { openBundles, type BundleContext, type BundleFile } from './report-bundles';

const asFile = (name: string, bytes: Uint8Array): BundleFile => ({
	name,
	size: bytes.length,
	arrayBuffer: async () => bytes.slice().buffer
});
let invitations: TeamInvitation[];
let context: BundleContext;
let colleague: ExactReport;
let bundle2022: Uint8Array;
let bundle2021: Uint8Array;
let bundleEnglish: Uint8Array;

beforeAll(async () => {
	const for2022 = await testInvitation(2022);
	const for2021 = await testInvitation(2021);
	invitations = [for2022.record, for2021.record];
	colleague = sampleExactReport(2022);
	const own = structuredClone(colleague);
	own.outreach.rounds += 1;
	context = { invitations, period: yearPeriod(2022), language: 'nl', own, loaded: [] };
	bundle2022 = await writeTeamBundle(() => colleague, for2022.loaded);
	bundle2021 = await writeTeamBundle(() => sampleExactReport(2021), for2021.loaded);
	const english = aggregateReport({
		...generateDemoData(),
		period: yearPeriod(2022),
		language: 'en'
	});
	bundleEnglish = await writeTeamBundle(() => english, for2022.loaded);
});

describe('openBundles', () => {
	it('opens bundles of the report period sealed to this vault’s invitation', async () => {
		const { add, issues } = await openBundles([asFile('a.stekteam', bundle2022)], context);
		expect(issues).toEqual([]);
		expect(add.map((b) => [b.fileName, b.report])).toEqual([['a.stekteam', colleague]]);
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
		const { add, issues } = await openBundles(files, context);
		expect(add).toEqual([]);
		expect(issues).toEqual([
			{ fileName: 'vorig-jaar.stekteam', problem: 'period', period: yearPeriod(2021) },
			{ fileName: 'engels.stekteam', problem: 'language' },
			{ fileName: 'nogmaals.stekteam', problem: 'duplicate' },
			{ fileName: 'foto.jpg', problem: 'not-bundle' },
			{ fileName: 'groot.stekteam', problem: 'too-large' }
		]);
	});

	it('refuses the same source loaded before, even under another file name', async () => {
		const first = await openBundles([asFile('a.stekteam', bundle2022)], context);
		const again = await openBundles([asFile('b.stekteam', bundle2022)], {
			...context,
			loaded: first.add
		});
		expect(again.issues).toEqual([{ fileName: 'b.stekteam', problem: 'duplicate' }]);
	});

	it('refuses a bundle that holds the merging vault’s own figures', async () => {
		const result = await openBundles([asFile('eigen.stekteam', bundle2022)], {
			...context,
			own: colleague
		});
		expect(result).toEqual({
			add: [],
			issues: [{ fileName: 'eigen.stekteam', problem: 'own-figures' }]
		});
	});

	it('refuses every bundle when the vault holds no invitation', async () => {
		const result = await openBundles([asFile('a.stekteam', bundle2022)], {
			...context,
			invitations: []
		});
		expect(result.issues).toEqual([{ fileName: 'a.stekteam', problem: 'other-invitation' }]);
	});
});
