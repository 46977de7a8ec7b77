import { expect, test, type Page } from '@playwright/test';
import { toBase64 } from '../../src/lib/crypto';
import { stekboekReportSchema } from '../../src/lib/report/report.schema';
import { readInvitation } from '../../src/lib/team/team-invitation';
import { sealTeamContent } from '../../src/lib/team/team-bundle-writer';
import { expectNoSeriousA11yViolations } from './support/axe';
import { chip, helpRequest, openRegistration } from './support/registration';
import {
	createDemoVault,
	downloadFrom,
	expectedExactReport,
	keyFigure,
	openReport
} from './support/report';

const SCRATCH = new URL('../../.scratch/', import.meta.url).pathname;

/** Registers one more contact in 2022, so the colleague's figures differ from the merger's. */
async function registerIn2022(page: Page): Promise<void> {
	await openRegistration(page);
	await page.getByRole('button', { name: 'Nieuwe persoon', exact: true }).click();
	await page.getByLabel('Roepnaam of initialen').fill('Team-Collega-R1');
	await chip(page, 'Activiteit of plaats', 'Sociale kruidenier').click();
	await page.getByLabel('Datum', { exact: true }).fill('2022-06-15');
	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	await chip(helpRequest(page, 1), 'Thema', 'Energie').click();
	await chip(helpRequest(page, 1), 'Aanpak', 'Informatie').click();
	await page.getByRole('button', { name: 'Contact opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Contact opgeslagen' })).toBeVisible();
}

/** The colleague loads the invitation, checks the fingerprint and saves a bundle. */
async function makeBundle(page: Page, invitationPath: string, fingerprint: string, name: string) {
	await page.getByLabel('Uitnodiging', { exact: true }).setInputFiles(invitationPath);
	await expect(page.getByTestId('loaded-fingerprint')).toHaveText(fingerprint);
	const bundle = await downloadFrom(page, page.getByRole('button', { name: 'Teambundel maken' }));
	expect(bundle.name).toBe('stekboek-team-2022.stekteam');
	const path = test.info().outputPath(name);
	await bundle.download.saveAs(path);
	return { path, text: bundle.text };
}

/** The merger loads bundle files. */
async function load(page: Page, path: string) {
	await page.getByLabel('Teambundel-bestanden').setInputFiles(path);
	await page.getByRole('button', { name: 'Laden en samenvoegen' }).click();
}

test('merges a colleague’s bundle sealed to an invitation, and refuses crafted and own figures', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const mergerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const colleagueContext = await browser.newContext();
	const merger = await mergerContext.newPage();
	const colleague = await colleagueContext.newPage();
	const exact = expectedExactReport(2022);

	await createDemoVault(merger);
	await openReport(merger);
	await merger.getByRole('combobox', { name: 'Jaar' }).selectOption('2022');
	const invitation = await downloadFrom(
		merger,
		merger.getByRole('button', { name: 'Uitnodiging maken' })
	);
	expect(invitation.name).toBe('stekboek-uitnodiging-2022.stekteamkey');
	const fingerprint = (await merger.getByTestId('invitation-fingerprint').textContent()) ?? '';
	expect(fingerprint).toMatch(/^\d{4}( \d{4}){4}$/);
	const invitationPath = test.info().outputPath(invitation.name);
	await invitation.download.saveAs(invitationPath);
	expect(JSON.parse(invitation.text)).not.toHaveProperty('privateKey');

	// The colleague's demo vault holds the same figures as the merger's: refused as its own.
	await createDemoVault(colleague);
	await openReport(colleague);
	const same = await makeBundle(colleague, invitationPath, fingerprint, 'zelfde.stekteam');
	for (const label of ['Soep met Babbels', 'Digipunt']) expect(same.text).not.toContain(label);
	await load(merger, same.path);
	await expect(merger.getByText('zelfde.stekteam: deze teambundel bevat precies')).toBeVisible();
	await expect(merger.getByRole('heading', { name: 'Bronnen in dit rapport: 1' })).toBeVisible();

	// A crafted bundle sealed to the right invitation, every age band set to 5, is refused.
	const loaded = await readInvitation(new TextEncoder().encode(invitation.text));
	const crafted = structuredClone(exact);
	for (const band of Object.keys(crafted.reach.byAgeBand)) crafted.reach.byAgeBand[band] = 5;
	const craftedPath = test.info().outputPath('gemaakt.stekteam');
	const { writeFile } = await import('node:fs/promises');
	const craftedBytes = await sealTeamContent(loaded, {
		format: 'stekboek-team-content',
		version: 2,
		invitation: loaded.fingerprint,
		period: loaded.period,
		source: toBase64(new Uint8Array(16).fill(9)),
		report: crafted
	});
	await writeFile(craftedPath, craftedBytes);
	await load(merger, craftedPath);
	await expect(
		merger.getByText('gemaakt.stekteam: de cijfers in deze teambundel kloppen niet met elkaar')
	).toBeVisible();
	await expect(keyFigure(merger, 'Bereik', 'Unieke contacten')).toHaveText(
		String(exact.reach.uniqueContacts)
	);
	await merger.screenshot({ path: `${SCRATCH}team-refused.png`, fullPage: true });

	// With one more contact of their own, the colleague's bundle counts.
	await registerIn2022(colleague);
	await openReport(colleague);
	const good = await makeBundle(colleague, invitationPath, fingerprint, 'collega.stekteam');
	await load(merger, good.path);
	await expect(merger.getByRole('heading', { name: 'Bronnen in dit rapport: 2' })).toBeVisible();
	await expect(keyFigure(merger, 'Bereik', 'Unieke contacten')).toHaveText(
		String(2 * exact.reach.uniqueContacts + 1)
	);
	const json = await downloadFrom(merger, merger.getByRole('button', { name: 'Exporteer JSON' }));
	const merged: unknown = JSON.parse(json.text);
	expect(stekboekReportSchema.safeParse(merged).success).toBe(true);
	expect(merged).toMatchObject({ sources: 2 });

	// The same source twice is refused.
	await load(merger, good.path);
	await expect(
		merger.getByText('collega.stekteam: deze teambundel (of dezelfde bron)')
	).toBeVisible();
	await expectNoSeriousA11yViolations(merger);

	// On a phone the report page never scrolls sideways.
	const overflow = await merger.evaluate(
		() => document.documentElement.scrollWidth <= window.innerWidth
	);
	expect(overflow).toBe(true);
	const table = merger.locator('div.scroll[role="region"]');
	const sticky = await table.evaluate((box) => ({
		scrolls: box.scrollWidth > box.clientWidth,
		column: getComputedStyle(box.querySelector('tbody th')!).position,
		header: getComputedStyle(box.querySelector('thead th')!).position
	}));
	expect(sticky).toEqual({ scrolls: true, column: 'sticky', header: 'sticky' });
	await merger.screenshot({ path: `${SCRATCH}team-merged.png`, fullPage: true });
	await mergerContext.close();
	await colleagueContext.close();
});

test('a colleague’s project bundle is summed into every year column, not only the total', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const mergerContext = await browser.newContext();
	const colleagueContext = await browser.newContext();
	const merger = await mergerContext.newPage();
	const colleague = await colleagueContext.newPage();

	await createDemoVault(merger);
	await openReport(merger);
	await merger
		.getByRole('combobox', { name: 'Jaar' })
		.selectOption('Projectperiode (meerdere jaren)…');
	await merger.getByRole('combobox', { name: 'Projectbegin' }).selectOption('2021');
	await merger.getByRole('combobox', { name: 'Projecteinde' }).selectOption('2023');
	const invitation = await downloadFrom(
		merger,
		merger.getByRole('button', { name: 'Uitnodiging maken' })
	);
	const fingerprint = (await merger.getByTestId('invitation-fingerprint').textContent()) ?? '';
	const invitationPath = test.info().outputPath(invitation.name);
	await invitation.download.saveAs(invitationPath);

	await createDemoVault(colleague);
	await registerIn2022(colleague);
	await openReport(colleague);
	await colleague.getByLabel('Uitnodiging', { exact: true }).setInputFiles(invitationPath);
	await expect(colleague.getByTestId('loaded-fingerprint')).toHaveText(fingerprint);
	const bundle = await downloadFrom(
		colleague,
		colleague.getByRole('button', { name: 'Teambundel maken' })
	);
	const bundlePath = test.info().outputPath(bundle.name);
	await bundle.download.saveAs(bundlePath);

	await load(merger, bundlePath);
	await expect(merger.getByRole('heading', { name: 'Bronnen in dit rapport: 2' })).toBeVisible();
	const json = await downloadFrom(merger, merger.getByRole('button', { name: 'Exporteer JSON' }));
	const merged = stekboekReportSchema.parse(JSON.parse(json.text));
	const requests = (period: number | { from: string; to: string }) =>
		expectedExactReport(period).helpRequests.total;
	expect(merged.period.kind).toBe('project');
	expect(merged.years?.['2021']?.helpRequests.total).toBe(2 * requests(2021));
	expect(merged.years?.['2022']?.helpRequests.total).toBe(2 * requests(2022) + 1);
	expect(merged.years?.['2023']?.helpRequests.total).toBe(2 * requests(2023));
	expect(merged.helpRequests.total).toBe(
		2 * requests({ from: '2021-01-01', to: '2023-12-31' }) + 1
	);
	await mergerContext.close();
	await colleagueContext.close();
});
