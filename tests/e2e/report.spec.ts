import { expect, test } from '@playwright/test';
import { reportToCsv } from '../../src/lib/report/report-csv';
import { stekboekReportSchema } from '../../src/lib/report/report.schema';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
	createDemoVault,
	demoSecrets,
	downloadFrom,
	expectedExactReport,
	expectedExport,
	expectedProjectExport,
	keyFigure,
	openReport,
	waitForCharts
} from './support/report';

const SCRATCH = new URL('../../.scratch/', import.meta.url).pathname;

test('exports the 2022 demo report as JSON and CSV, suppressed at threshold 5, with no alias or note', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createDemoVault(page);
	await openReport(page);
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2022');
	await page.getByRole('combobox', { name: 'Drempel' }).selectOption('5');
	const expected = expectedExport(2022, 5);
	const exact = expectedExactReport(2022);

	// The screen shows exact figures.
	await expect(keyFigure(page, 'Bereik', 'Unieke contacten')).toContainText(
		String(exact.reach.uniqueContacts)
	);
	await expect(page.getByText('Dit rapport is gemaakt met voorbeelddata')).toBeVisible();
	await waitForCharts(page);

	const json = await downloadFrom(page, page.getByRole('button', { name: 'Exporteer JSON' }));
	expect(json.name).toBe('stekboek-rapport-2022.json');
	const parsed: unknown = JSON.parse(json.text);
	expect(stekboekReportSchema.safeParse(parsed).success).toBe(true);
	expect(parsed).toEqual(expected);

	const csv = await downloadFrom(page, page.getByRole('button', { name: 'Exporteer CSV' }));
	expect(csv.name).toBe('stekboek-rapport-2022.csv');
	expect(csv.text).toBe(reportToCsv(expected, 'nl'));
	expect(csv.text.startsWith('\uFEFFsectie;figuur;categorie;waarde\r\n')).toBe(true);

	const leaks = demoSecrets().filter(
		(secret) => json.text.includes(secret) || csv.text.includes(secret)
	);
	expect(leaks).toEqual([]);

	await expectNoSeriousA11yViolations(page);

	// A project period of whole years is one table: a column per year plus the total.
	await page
		.getByRole('combobox', { name: 'Jaar' })
		.selectOption('Projectperiode (meerdere jaren)…');
	await page.getByRole('combobox', { name: 'Projectbegin' }).selectOption('2021');
	await page.getByRole('combobox', { name: 'Projecteinde' }).selectOption('2023');
	const project = await downloadFrom(page, page.getByRole('button', { name: 'Exporteer JSON' }));
	expect(project.name).toBe('stekboek-rapport-2021-2023.json');
	expect(JSON.parse(project.text)).toEqual(expectedProjectExport([2021, 2022, 2023], 5));

	// Any other period stays on screen: no export, no print, and the reason says why.
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption('Andere periode…');
	await page.getByLabel('Van', { exact: true }).fill('2022-01-01');
	await page.getByLabel('Tot en met', { exact: true }).fill('2022-11-29');
	for (const name of ['Exporteer JSON', 'Exporteer CSV', 'Afdrukken'])
		await expect(page.getByRole('button', { name })).toBeDisabled();
	await expect(page.getByText('deze periode blijft op dit scherm')).toBeVisible();
});

test('prints a clean A4 report with its charts and the method note', async ({ page }) => {
	test.setTimeout(120_000);
	// The width of A4 between 15 mm margins at 96 dpi.
	await page.setViewportSize({ width: 680, height: 1100 });
	await createDemoVault(page);
	await openReport(page);
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2022');
	await waitForCharts(page);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeHidden();
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Exporteer JSON' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Methode' })).toBeVisible();
	await expect(
		page.getByRole('paragraph').filter({ hasText: 'Privacy (drempel 5)' })
	).toBeVisible();
	// Print shows the report document: its charts are images drawn at print resolution.
	const charts = await page.locator('.document-chart').count();
	expect(charts).toBeGreaterThan(10);
	const images = page.locator('.document-chart img');
	await expect(images).toHaveCount(charts, { timeout: 30_000 });
	for (const box of await images.evaluateAll((imgs) =>
		imgs.map((img) => ({
			width: img.clientWidth,
			height: img.clientHeight,
			pixels: (img as HTMLImageElement).naturalWidth
		}))
	)) {
		expect(box.width).toBeGreaterThan(100);
		expect(box.height).toBeGreaterThan(50);
		expect(box.pixels).toBeGreaterThanOrEqual(2 * box.width);
	}
	// The screen's chapter preview is in the page too, hidden in print.
	const printed = page
		.getByRole('table', { name: 'Signalen — per thema' })
		.filter({ visible: true });
	await expect(printed).toHaveCount(1);
	await page.screenshot({ path: `${SCRATCH}rep-print.png`, fullPage: true });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});
