import { describe, expect, it } from 'vitest';
import { applyDisclosureControl, applyProjectDisclosureControl } from '../disclosure-control';
import { yearPeriod } from '../period';
import { HIDDEN } from '../report.schema';
import { seedFixture } from '$test-support/report/seed-fixture';
import { aggregateReport } from '../year-report';
import { assembleReportDocument } from './assemble-report-document';
import { buildFiguresChapters } from './figures-chapters';
import type { ReportTableBlock } from './report-document';

const exactOf = (from: number, to: number) =>
	aggregateReport(seedFixture({ from: yearPeriod(from).from, to: yearPeriod(to).to }));
const project = applyProjectDisclosureControl(
	{ years: [2020, 2021, 2022].map((year) => exactOf(year, year)), total: exactOf(2020, 2022) },
	5
);

function tables(report = project): ReportTableBlock[] {
	const [figures] = buildFiguresChapters(report, 'nl');
	return (figures?.blocks ?? []).filter((b): b is ReportTableBlock => b.kind === 'table');
}
const table = (caption: string, report = project) => {
	const found = tables(report).find((t) => t.caption === caption);
	if (!found) throw new Error(`no table ${caption}`);
	return found;
};
const row = (t: ReportTableBlock, label: string) => t.rows.find((r) => r.label === label)?.cells;

describe('buildFiguresChapters', () => {
	it('puts the seed’s three years side by side with the total and the change from the year before', () => {
		const reach = table('Bereik — kerncijfers');
		expect(reach.columns).toEqual([
			'2020',
			'2021',
			'2022',
			'Totaal',
			'verschil 2021',
			'verschil 2022'
		]);
		const total = project.reach.uniqueContacts;
		expect(row(reach, 'Unieke contacten')).toEqual([
			'137',
			'124',
			'200',
			String(total),
			'−13',
			'+76'
		]);
		expect(row(reach, 'Gekend bij sociale dienst')?.slice(0, 3)).toEqual([
			'72 (52,6 %)',
			'59 (47,6 %)',
			'88 (44 %)'
		]);
		expect(row(table('Hulpvragen — kerncijfers'), 'Totaal')?.slice(0, 3)).toEqual([
			'270',
			'185',
			'110'
		]);
	});

	it('titles every table with its section, so "per thema" under Signalen reads as signals', () => {
		for (const t of tables()) expect(t.caption).toMatch(/^[A-Z][^—]+ — \S/);
		expect(tables().map((t) => t.caption)).toEqual(
			expect.arrayContaining([
				'Signalen — per thema',
				'Hulpvragen — per thema',
				'Bereik — per wijk'
			])
		);
	});

	it('shows exactly the hidden cells of the export as x, and no share beside a hidden count', () => {
		const report = applyDisclosureControl(exactOf(2022, 2022), 5);
		const byGender = report.reach.byGender as Record<string, number | string>;
		const gender = table('Bereik — per gender', report);
		for (const [label, value] of Object.entries(byGender)) {
			const [cell] = row(gender, label) ?? [];
			if (value === HIDDEN) expect(cell).toBe(HIDDEN);
			else expect(cell?.startsWith(String(value))).toBe(true);
		}
		// Over the project period: the year and total columns (not the change columns).
		const hiddenInJson = JSON.stringify(project).split(`:"${HIDDEN}"`).length - 1;
		const hiddenInTables = tables()
			.flatMap((t) => t.rows.flatMap((r) => r.cells.slice(0, 4)))
			.filter((cell) => cell === HIDDEN).length;
		expect(hiddenInJson).toBeGreaterThan(0);
		expect(hiddenInTables).toBe(hiddenInJson);
	});

	it('charts published values only: a hidden cell is null', () => {
		const [figures] = buildFiguresChapters(project, 'nl');
		for (const block of figures?.blocks ?? [])
			if (block.kind === 'chart')
				for (const series of block.series)
					for (const value of series.values)
						expect(value === null || typeof value === 'number').toBe(true);
		expect(figures?.blocks.some((b) => b.kind === 'chart' && b.series.length === 3)).toBe(true);
	});

	it('assembles extra chapters in the seed’s order, the method note last', () => {
		const doc = assembleReportDocument(project, 'nl', [
			{ id: 'politiseren', title: 'Politiseren', blocks: [] },
			{ id: 'introduction', title: 'Inleiding', blocks: [] }
		]);
		expect(doc.chapters.map((c) => c.id)).toEqual([
			'introduction',
			'figures',
			'politiseren',
			'method'
		]);
		expect(doc.meta.periodLabel).toBe('2020–2022');
	});
});
