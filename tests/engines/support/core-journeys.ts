import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { generateDemoData } from '$lib/demo/demo-data';
import { applyDisclosureControl } from '$lib/report/disclosure-control';
import { yearPeriod } from '$lib/report/period';
import { stekboekReportSchema } from '$lib/report/report.schema';
import { aggregateReport } from '$lib/report/year-report';
import { EnginePage, type EngineBackend, type Query } from './engine-page';

/** Screenshots of failed journeys land here (STEKBOEK_E2E_RESULTS, like the Playwright suite). */
const RESULTS = join(process.env.STEKBOEK_E2E_RESULTS ?? 'test-results', 'engines');
const PASSPHRASE = 'de soep van dinsdag is altijd warm';
const ALIAS = 'Sentinel-Engine-R7QX';
const KIOSK_TITLE = 'Buurtgesprek in elke browser';
const KIOSK_INPUT = 'Sentinel-kiosk-engine: de lift staat weer stil';

const button = (name: string, within?: Query): Query => ({ role: 'button', name, within });
const link = (name: string): Query => ({ role: 'link', name });
const textbox = (name: string, within?: Query): Query => ({ role: 'textbox', name, within });
const LOCK = button('Vergrendelen');
const UNLOCK = button('Ontgrendelen');
const RESTORE_DIALOG: Query = { role: 'dialog', name: 'Back-up terugzetten' };

/** Where the browser of one engine keeps its home, downloads and scratch files. */
export type EngineStart = (scratch: string, driverPort: number) => Promise<EngineBackend<unknown>>;

async function unlock(page: EnginePage): Promise<void> {
	await page.fill(textbox('Wachtwoordzin'), PASSPHRASE);
	await page.click(UNLOCK);
	await page.waitFor(LOCK);
}

/**
 * The core journeys of a worker, in one engine: create a vault, register a contact, lock
 * and unlock, reload, the report's JSON export, kiosk input, backup and restore. A page
 * error, console error or CSP violation anywhere fails the journey it happened in.
 */
export function describeCoreJourneys(engine: string, start: EngineStart): void {
	describe.sequential(`core journeys in ${engine}`, () => {
		const [device, demoDevice, newDevice] = inject('origins');
		let scratch = '';
		let page: EnginePage;

		beforeAll(async () => {
			scratch = mkdtempSync(join(tmpdir(), `stekboek-${engine.toLowerCase()}-`));
			page = new EnginePage(await start(scratch, inject('driverPort')));
		});
		afterEach(async (context) => {
			if (context.task.result?.state === 'fail') {
				const name = `${engine}-${context.task.name}`.replace(/\W+/g, '-');
				mkdirSync(RESULTS, { recursive: true });
				writeFileSync(join(RESULTS, `${name}.png`), await page.screenshot());
				// CI keeps only what is printed: the page's text says where the journey stood.
				const text = await page.text().catch((error: unknown) => String(error));
				console.error(`${engine}, "${context.task.name}" failed on a page showing:\n${text}`);
			}
			expect(await page.collectErrors()).toEqual([]);
		});
		afterAll(async () => {
			await page?.close();
			rmSync(scratch, { recursive: true, force: true });
		});

		test('creates a vault and registers a contact', async () => {
			await page.goto(`${device}/`);
			await page.fill(textbox('Wachtwoordzin'), PASSPHRASE);
			await page.fill(textbox('Herhaal wachtwoordzin'), PASSPHRASE);
			await page.click(button('Kluis aanmaken'));
			await page.waitFor(LOCK);

			await page.click(link('Registreren'));
			await page.click(button('Nieuwe persoon'));
			await page.fill(textbox('Roepnaam of initialen'), ALIAS);
			await page.click(button('Digipunt', { role: 'group', name: 'Activiteit of plaats' }));
			await page.click(button('Hulpvraag toevoegen'));
			const request: Query = { role: 'group', name: 'Hulpvraag 1' };
			await page.click(button('Digitaal', { role: 'group', name: 'Thema', within: request }));
			await page.click(button('Informatie', { role: 'group', name: 'Aanpak', within: request }));
			await page.click(button('Contact opslaan'));
			await page.waitForText('Contact opgeslagen');
		});

		test('locks, stays locked after a reload, and shows the data again after unlock', async () => {
			await page.click(LOCK);
			await page.waitFor(UNLOCK);
			await unlock(page);
			await page.reload();
			await page.waitFor(UNLOCK);
			expect(await page.text()).not.toContain(ALIAS);
			await unlock(page);
			await page.click(link('Personen'));
			await page.waitFor(link(ALIAS));
		});

		test('backs up, and restores the backup on a new device', async () => {
			await page.click(link('Instellingen'));
			const backup = await page.download(button('Back-up maken'));
			expect(backup.name).toMatch(/^stekboek-backup-\d{4}-\d{2}-\d{2}\.stekboek$/);
			expect(backup.bytes.subarray(0, 8).toString('latin1')).toBe('STEKBOEK');
			expect(backup.bytes.toString('latin1')).not.toContain(ALIAS);
			const file = join(scratch, backup.name);
			writeFileSync(file, backup.bytes);

			await page.goto(`${newDevice}/`);
			await page.waitFor(button('Kluis aanmaken'));
			await page.click(button('Back-up terugzetten'));
			await page.setFile({ role: 'file', name: 'Back-up-bestand', within: RESTORE_DIALOG }, file);
			await page.fill(textbox('Wachtwoordzin', RESTORE_DIALOG), PASSPHRASE);
			await page.click(button('Terugzetten', RESTORE_DIALOG));
			await page.waitFor(LOCK);
			await page.click(link('Personen'));
			await page.waitFor(link(ALIAS));
		});

		test('takes focus-group input in the kiosk and shows it after unlock', async () => {
			await page.goto(`${device}/`);
			await unlock(page);
			await page.click(link('Focusgroep'));
			await page.fill(textbox('Titel'), KIOSK_TITLE);
			await page.click(button('Start focusgroep'));
			await page.fill(textbox('Jouw inbreng'), KIOSK_INPUT);
			await page.click(button('Versturen'));
			await page.waitFor({ role: 'heading', name: 'Bedankt!', exact: false });
			await page.waitForText('Deelnemers: 1');
			await page.reload();
			await page.waitFor(textbox('Jouw inbreng'));
			expect(await page.text()).not.toContain(KIOSK_INPUT);

			await page.click(button('Afsluiten'));
			await unlock(page);
			await page.waitFor({ role: 'heading', name: KIOSK_TITLE });
			await page.waitForText(KIOSK_INPUT);
		});

		test('exports the demo report as JSON, suppressed, equal to the reference', async () => {
			await page.goto(`${demoDevice}/`);
			await page.click(button('Probeer met voorbeelddata'));
			await page.waitFor(LOCK);
			await page.click(link('Rapport'));
			await page.select({ role: 'combobox', name: 'Jaar' }, '2022');
			await page.select({ role: 'combobox', name: 'Drempel' }, '5');
			const json = await page.download(button('Exporteer JSON'));
			expect(json.name).toBe('stekboek-rapport-2022.json');
			const report: unknown = JSON.parse(json.bytes.toString('utf8'));
			expect(stekboekReportSchema.safeParse(report).success).toBe(true);
			const exact = aggregateReport({
				...generateDemoData(),
				period: yearPeriod(2022),
				language: 'nl'
			});
			expect(report).toEqual(applyDisclosureControl(exact, 5));
		});
	});
}
