import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { loadLaterMessages } from '../../src/lib/i18n/messages';
import { assembleReportDocument } from '../../src/lib/report/document/assemble-report-document';
import type { ReportTableBlock } from '../../src/lib/report/document/report-document';
import { reportToCsv } from '../../src/lib/report/report-csv';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
	createDemoVault,
	demoSecrets,
	downloadFrom,
	expectedProjectExport,
	openReport
} from './support/report';

const SCRATCH = new URL('../../.scratch/', import.meta.url).pathname;

test('a project period of three demo years: on screen a column per year, the total and the change; exported as JSON, CSV and Word', async ({
	page
}) => {
	test.setTimeout(180_000);
	await createDemoVault(page);
	await openReport(page);
	await page.getByRole('combobox', { name: 'Drempel' }).selectOption('5');
	await page
		.getByRole('combobox', { name: 'Jaar' })
		.selectOption('Projectperiode (meerdere jaren)…');
	await page.getByRole('combobox', { name: 'Projectbegin' }).selectOption('2021');
	await page.getByRole('combobox', { name: 'Projecteinde' }).selectOption('2023');

	const expected = expectedProjectExport([2021, 2022, 2023], 5);
	// The app loads the catalogs behind the lock during unlock; this side needs them too.
	await loadLaterMessages();
	const doc = assembleReportDocument(expected, 'nl');
	const tables = doc.chapters
		.flatMap((c) => c.blocks)
		.filter((b): b is ReportTableBlock => b.kind === 'table');

	// On screen: every table of the document, with its section title and the same cells.
	const reach = page.getByRole('table', { name: 'Bereik — kerncijfers' });
	await expect(reach.getByRole('columnheader')).toHaveText([
		'2021',
		'2022',
		'2023',
		'Totaal',
		'verschil 2022',
		'verschil 2023'
	]);
	for (const caption of [
		'Bereik — kerncijfers',
		'Hulpvragen — per thema',
		'Signalen — per thema'
	]) {
		const table = tables.find((t) => t.caption === caption);
		expect(table?.rows.length, caption).toBeGreaterThan(0);
		const onScreen = page.getByRole('table', { name: caption });
		for (const row of table?.rows ?? [])
			await expect(
				onScreen
					.getByRole('row')
					.filter({ has: page.getByRole('rowheader', { name: row.label, exact: true }) })
					.getByRole('cell')
			).toHaveText(row.cells);
	}
	await expect(page.locator('.document-chart img').first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.screenshot({ path: `${SCRATCH}project-screen.png`, fullPage: true });

	const json = await downloadFrom(page, page.getByRole('button', { name: 'Exporteer JSON' }));
	expect(json.name).toBe('stekboek-rapport-2021-2023.json');
	expect(JSON.parse(json.text)).toEqual(expected);
	const csv = await downloadFrom(page, page.getByRole('button', { name: 'Exporteer CSV' }));
	expect(csv.name).toBe('stekboek-rapport-2021-2023.csv');
	expect(csv.text).toBe(reportToCsv(expected, 'nl'));

	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: 'Exporteer Word' }).click()
	]);
	expect(download.suggestedFilename()).toBe('stekboek-rapport-2021-2023.docx');
	await download.saveAs(`${SCRATCH}project.docx`);
	const files = unzipSync(new Uint8Array(await readFile(await download.path())));
	const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
	const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text ?? '');
	for (const table of tables)
		for (const row of table.rows)
			for (const cell of row.cells)
				if (cell !== '') expect(words, `${table.caption}`).toContain(cell);
	expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
	const everything = Object.values(files)
		.map((bytes) => strFromU8(bytes, true))
		.join('\n');
	expect(demoSecrets().filter((secret) => everything.includes(secret))).toEqual([]);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('table', { name: 'Signalen — per thema' })).toBeVisible();
	await page.screenshot({ path: `${SCRATCH}project-print.png`, fullPage: true });
});
