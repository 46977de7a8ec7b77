import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyProjectDisclosureControl } from '../disclosure-control';
import { yearPeriod } from '../period';
import type { ReportInput } from '../report-input';
import { HIDDEN } from '../report.schema';
import { seedFixture } from '$test-support/report/seed-fixture';
import { aggregateReport } from '../year-report';
import { assembleReportDocument } from './assemble-report-document';
import { writeDocx, type ChartRenderer } from './docx-writer';
import type { ReportTableBlock } from './report-document';

const SENTINEL = 'SENTINEL-Q7RZ';

/** The seed fixture with an alias, a note and a description on every record that has one. */
function withSentinels(period: ReportInput['period']): ReportInput {
	const input = seedFixture(period);
	return {
		...input,
		persons: input.persons.map((p, i) => ({
			...p,
			alias: `${SENTINEL}-alias-${i}`,
			notes: `${SENTINEL}-note`
		})),
		contacts: input.contacts.map((c) => ({
			...c,
			note: `${SENTINEL}-contact`,
			helpRequests: c.helpRequests.map((r) => ({ ...r, description: `${SENTINEL}-request` }))
		})),
		sessions: input.sessions.map((s) => ({ ...s, note: `${SENTINEL}-session` }))
	};
}

const exactOf = (from: number, to: number) =>
	aggregateReport(withSentinels({ from: yearPeriod(from).from, to: yearPeriod(to).to }));
const report = applyProjectDisclosureControl(
	{ years: [2020, 2021, 2022].map((year) => exactOf(year, year)), total: exactOf(2020, 2022) },
	5
);
const doc = assembleReportDocument(report, 'nl');

// A 1×1 PNG stands in for Chart.js, which needs a canvas.
const PNG = Uint8Array.from(
	atob(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='
	),
	(c) => c.charCodeAt(0)
);
const render: ChartRenderer = () => Promise.resolve({ png: PNG, width: 600, height: 300 });

const texts = (xml: string) =>
	[...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) =>
		(text ?? '')
			.replaceAll('&amp;', '&')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&apos;', "'")
			.replaceAll('&quot;', '"')
	);

describe('writeDocx', async () => {
	const files = unzipSync(await writeDocx(doc, render));
	const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
	const words = texts(xml);

	it('writes a valid OOXML package: content types, relationships, the document, the chart images', () => {
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])
		);
		expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toContain(
			'wordprocessingml.document.main+xml'
		);
		const charts = doc.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'chart');
		const images = Object.keys(files).filter((name) => name.startsWith('word/media/'));
		expect(charts.length).toBeGreaterThan(0);
		expect(images.length).toBeGreaterThan(0);
	});

	it('holds every table of the document with its caption and every figure, in order', () => {
		const tables = doc.chapters
			.flatMap((c) => c.blocks)
			.filter((b): b is ReportTableBlock => b.kind === 'table');
		const expected = tables.flatMap((t) => [
			t.caption,
			...t.columns,
			...t.rows.flatMap((r) => [r.label, ...r.cells.filter((c) => c !== '')])
		]);
		let at = 0;
		for (const text of expected) {
			const found = words.indexOf(text, at);
			expect(found, text).toBeGreaterThanOrEqual(0);
			at = found + 1;
		}
		expect(words).toContain(String(report.reach.uniqueContacts));
	});

	it('shows the same hidden cells as the JSON, and no alias, note or description', () => {
		const hiddenInJson = JSON.stringify(report).split(`:"${HIDDEN}"`).length - 1;
		const cells = doc.chapters
			.flatMap((c) => c.blocks)
			.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.slice(0, 4)) : []));
		expect(cells.filter((c) => c === HIDDEN).length).toBe(hiddenInJson);
		const changeColumns = words.filter((w) => w === HIDDEN).length;
		expect(changeColumns).toBeGreaterThanOrEqual(hiddenInJson);
		for (const name of Object.keys(files))
			expect(strFromU8(files[name] ?? new Uint8Array(), true)).not.toContain(SENTINEL);
	});
});
