import { describe, expect, it } from 'vitest';
import { SENTINEL, sentinelData } from '$test-support/report/sentinel-demo-data';
import { HIDDEN } from '../report.schema';
import { buildPolitiserenChapter } from './politiseren-chapter';
import { protectedReport } from './protected-report';
import type { ReportTableBlock } from './report-document';

const tables = (blocks: { kind: string }[]) =>
	blocks.filter((block): block is ReportTableBlock => block.kind === 'table');

describe('buildPolitiserenChapter', () => {
	const data = sentinelData();
	const report = protectedReport(data, [2021, 2022, 2023], 5, 'nl');
	const chapter = buildPolitiserenChapter({
		signals: data.signals,
		taxonomy: data.taxonomy,
		report,
		language: 'nl'
	});

	it('lists publishable signals by title and no alias, note, description or unmarked title', () => {
		expect(JSON.stringify(chapter)).not.toContain(SENTINEL);
		const register = tables(chapter.blocks).find((t) => t.caption === 'Signalen — register')!;
		const published = data.signals.filter((s) => s.titlePublishable).map((s) => s.title);
		expect(register.rows.map((row) => row.label).sort()).toEqual([...published].sort());
		for (const row of register.rows) {
			const signal = data.signals.find((s) => s.title === row.label)!;
			expect(row.cells[4]).toBe(signal.outcomePublishable ? signal.outcome : '—');
		}
	});

	it('counts every signal, marked or not, per year and in total', () => {
		const count = tables(chapter.blocks).find((t) => t.caption === 'Signalen — aantal')!;
		expect(count.columns).toEqual([
			'2021',
			'2022',
			'2023',
			'Totaal',
			'verschil 2022',
			'verschil 2023'
		]);
		const perYear = [2021, 2022, 2023].map(
			(year) => data.signals.filter((s) => s.firstSeen.startsWith(String(year))).length
		);
		const change = (now: number, before: number) =>
			now > before ? `+${now - before}` : now < before ? `−${before - now}` : '0';
		expect(count.rows[0]?.cells).toEqual([
			...perYear.map(String),
			String(data.signals.length),
			change(perYear[1]!, perYear[0]!),
			change(perYear[2]!, perYear[1]!)
		]);
		const text = chapter.blocks.find((b) => b.kind === 'paragraph');
		expect(text).toMatchObject({ origin: 'figures' });
		expect(JSON.stringify(text)).toContain(`${data.signals.length} signalen in deze periode.`);
	});

	it('shows the focus groups as the protected report does, hidden cells as x', () => {
		const totals = tables(chapter.blocks).find((t) => t.caption.includes('aanwezigen'))!;
		const years = ['2021', '2022', '2023'] as const;
		const headcount = totals.rows.find((row) => row.label === 'Aanwezigen')!.cells;
		expect(headcount.slice(0, 4)).toEqual([
			...years.map((y) => String(report.years![y]!.focusGroups.headcount)),
			String(report.focusGroups.headcount)
		]);
		const ratings = tables(chapter.blocks).find((t) => t.caption.includes('score per vraag'))!;
		expect(ratings.rows.length).toBeGreaterThan(0);
		for (const row of ratings.rows) expect(row.label).toMatch(/^vraag \d+$/);
	});

	it('marks a small count with x, never a smaller-than sign', () => {
		const held2022 = new Set(
			data.focusSessions.filter((f) => f.date.startsWith('2022')).map((f) => f.id)
		);
		const inputs2022 = data.focusInputs.filter((input) => held2022.has(input.focusSessionId));
		const tiny = { ...data, focusInputs: inputs2022.slice(0, 2) };
		const small = protectedReport(tiny, [2022], 5, 'nl');
		const built = buildPolitiserenChapter({ ...tiny, report: small, language: 'nl' });
		const cells = tables(built.blocks).flatMap((t) => t.rows.flatMap((r) => r.cells));
		expect(cells.some((cell) => cell.startsWith('<'))).toBe(false);
		const ratings = tables(built.blocks).find((t) => t.caption.includes('score per vraag'))!;
		expect(ratings.rows.length).toBeGreaterThan(0);
		for (const row of ratings.rows) expect(row.cells).toEqual([HIDDEN]);
	});
});
