import { describe, expect, it } from 'vitest';
import { generateDemoData } from '$lib/demo/demo-data';
import { defaultSettings, type Settings } from '$lib/domain/settings.schema';
import { yearPeriod } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import type { LoadedBundle } from './report-bundles';
import { CUSTOM_PERIOD, ReportPageState } from './report-page.svelte';
import type { VaultData } from './vault-data.svelte';

const demo = generateDemoData();

/** Just what the report page reads from the vault, over the demo data. */
function fakeVault(saved: Partial<Settings>[] = []): VaultData {
	const lists: Record<string, unknown[]> = {
		person: demo.persons,
		contact: demo.contacts,
		session: demo.sessions,
		outreach: demo.outreach,
		signal: demo.signals,
		focusSession: demo.focusSessions,
		focusInput: demo.focusInputs
	};
	return {
		list: (kind: string) => lists[kind] ?? [],
		taxonomy: demo.taxonomy,
		settings: { ...defaultSettings, reportThreshold: 4 },
		saveSettings: async (patch: Partial<Settings>) => void saved.push(patch)
	} as unknown as VaultData;
}

const bundleOf = (id: string, year: number): LoadedBundle => ({
	id,
	fileName: `${id}.stekteam`,
	report: aggregateReport({ ...demo, period: yearPeriod(year), language: 'nl' })
});

describe('ReportPageState', () => {
	it('opens on the latest year with data when this year has none', () => {
		const report = new ReportPageState(fakeVault(), 2026);
		expect(report.years).toEqual([2023, 2022, 2021]);
		expect(report.choice).toBe('2023');
		expect(report.period).toEqual(yearPeriod(2023));
		expect(report.threshold).toBe(4);
		expect(report.exported?.threshold).toBe(4);
	});

	it('takes a custom period from the year on screen and has none while it is invalid', () => {
		const report = new ReportPageState(fakeVault(), 2022);
		report.chooseCustom();
		expect(report.choice).toBe(CUSTOM_PERIOD);
		expect(report.period).toEqual(yearPeriod(2022));
		report.customFrom = '2022-07-01';
		report.customTo = '2022-03-01';
		expect(report.period).toBeNull();
		expect(report.own).toBeNull();
		expect(report.exported).toBeNull();
		expect(report.preview).toBeNull();
	});

	it('sums the bundles of this period only, and counts each as a source', () => {
		const report = new ReportPageState(fakeVault(), 2022);
		const own = report.own;
		report.bundles = [bundleOf('a', 2022), bundleOf('b', 2021)];
		expect(report.counted.map((b) => b.id)).toEqual(['a']);
		expect(report.merged?.sources).toBe(2);
		expect(report.merged?.reach.uniqueContacts).toBe(2 * (own?.reach.uniqueContacts ?? 0));
		report.choice = '2021';
		expect(report.counted.map((b) => b.id)).toEqual(['b']);
		report.removeBundle('b');
		expect(report.merged?.sources).toBe(1);
	});

	it('exports no custom period, but still marks what a year export would hide', () => {
		const report = new ReportPageState(fakeVault(), 2026);
		report.chooseCustom();
		report.customFrom = '2022-01-01';
		report.customTo = '2022-11-29';
		expect(report.exportKind).toEqual({ kind: null, reason: 'custom' });
		expect(report.exported).toBeNull();
		expect(report.preview?.reach.uniqueContacts).toBeDefined();
	});

	it('exports a project period with a column per year and this year as an interim', () => {
		const report = new ReportPageState(fakeVault(), 2023);
		report.chooseProject();
		report.projectFrom = '2021';
		report.projectTo = '2022';
		expect(report.exported?.period).toEqual({
			from: '2021-01-01',
			to: '2022-12-31',
			kind: 'project'
		});
		expect(Object.keys(report.exported?.years ?? {})).toEqual(['2021', '2022']);
		report.choice = '2023';
		expect(report.exported?.period.kind).toBe('interim');
	});

	it('sums a colleague’s project bundle into every year column, not only into the total', () => {
		const report = new ReportPageState(fakeVault(), 2024);
		report.chooseProject();
		report.projectFrom = '2021';
		report.projectTo = '2022';
		const exactFor = (period: { from: string; to: string }) =>
			aggregateReport({ ...demo, period, language: 'nl' });
		report.bundles = [
			{
				id: 'colleague',
				fileName: 'collega.stekteam',
				report: exactFor({ from: '2021-01-01', to: '2022-12-31' }),
				years: [2021, 2022].map((year) => exactFor(yearPeriod(year)))
			}
		];
		expect(report.counted.map((b) => b.id)).toEqual(['colleague']);
		const exported = report.exported!;
		expect(exported.sources).toBe(2);
		for (const year of [2021, 2022]) {
			const own = exactFor(yearPeriod(year)).helpRequests.total;
			expect(exported.years?.[String(year)]?.helpRequests.total).toBe(2 * own);
		}
		expect(exported.helpRequests.total).toBe(
			2 * exactFor({ from: '2021-01-01', to: '2022-12-31' }).helpRequests.total
		);
		expect(report.documentReport).toEqual(exported);
	});

	it('saves the threshold in the settings', async () => {
		const saved: Partial<Settings>[] = [];
		await new ReportPageState(fakeVault(saved), 2022).saveThreshold(7);
		expect(saved).toEqual([{ reportThreshold: 7 }]);
	});
});
