import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { generateDemoData } from '../../../src/lib/demo/demo-data';
import {
	applyDisclosureControl,
	applyProjectDisclosureControl
} from '../../../src/lib/report/disclosure-control';
import type { ExactReport } from '../../../src/lib/report/exact-report.schema';
import { yearPeriod, type Period } from '../../../src/lib/report/period';
import { aggregateReport } from '../../../src/lib/report/year-report';
import { openNav } from './nav';

/**
 * The demo vault holds `generateDemoData()` with its default seed, so this Node process can
 * compute what the page must show and export: same generator, same seed, same records.
 */
export function expectedExactReport(year: number | Period): ExactReport {
	const period = typeof year === 'number' ? yearPeriod(year) : year;
	return aggregateReport({ ...generateDemoData(), period, language: 'nl' });
}

/** The export the page must produce for a year and threshold. */
export function expectedExport(year: number, threshold: number) {
	return applyDisclosureControl(expectedExactReport(year), threshold);
}

/** The export of a project period of whole years: each year, and the total, as one table. */
export function expectedProjectExport(years: number[], threshold: number) {
	const first = years[0] ?? 0;
	const last = years.at(-1) ?? 0;
	const total = expectedExactReport({ from: `${first}-01-01`, to: `${last}-12-31` });
	return applyProjectDisclosureControl({ years: years.map(expectedExactReport), total }, threshold);
}

/** Every alias, note, description, title and free answer of the demo data: none may leave. */
export function demoSecrets(): string[] {
	const data = generateDemoData();
	const texts = [
		...data.persons.flatMap((p) => [p.alias, p.notes]),
		...data.contacts.flatMap((c) => [c.note, ...c.helpRequests.map((r) => r.description)]),
		...data.sessions.map((s) => s.note),
		...data.outreach.map((o) => o.note),
		...data.signals.flatMap((s) => [s.title, s.description, s.outcome]),
		...data.focusInputs.flatMap((i) => i.answers.map((a) => a.text ?? ''))
	];
	return [...new Set(texts.filter((text) => text.trim().length > 0))];
}

/** Creates the demo vault from the first-run screen and waits until its data is in. */
export async function createDemoVault(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Probeer met voorbeelddata' }).click();
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
}

/** Opens the report through the main navigation and waits for the 2021–2023 years. */
export async function openReport(page: Page): Promise<void> {
	await openNav(page, 'Rapport');
	await expect(page.getByRole('heading', { name: 'Rapport', level: 1 })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Jaar' }).locator('option')).toContainText([
		'2023',
		'2022',
		'2021'
	]);
}

/** Waits until every chart on the page has drawn at least once. */
export async function waitForCharts(page: Page): Promise<number> {
	const charts = page.locator('.chart canvas');
	await expect(charts.first()).toHaveAttribute('data-rendered', 'true');
	const count = await charts.count();
	await expect(page.locator('.chart canvas[data-rendered="true"]')).toHaveCount(count);
	return count;
}

/** Clicks a button that downloads a file; returns the suggested name and the text. */
export async function downloadFrom(
	page: Page,
	button: Locator
): Promise<{ name: string; text: string; download: Download }> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), download };
}

/** The large number shown for a key figure, e.g. "Unieke contacten". */
export function keyFigure(page: Page, section: string, figure: string): Locator {
	return page
		.getByRole('region', { name: section, exact: true })
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${figure}$`) })
		.locator('xpath=following-sibling::dd[1]');
}
