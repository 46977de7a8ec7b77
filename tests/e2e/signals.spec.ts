import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openNav } from './support/nav';
import { chip, registerNewPerson } from './support/registration';
import { createVault, unlock } from './support/vault';

// Signals are noted on the go: every test runs on a phone viewport.
test.use({ viewport: { width: 390, height: 844 } });

const TITLE = 'UiTPAS onduidelijk';
const REQUEST = 'Weet niet waar de UiTPAS geldig is';

async function openSignals(page: Page) {
	await openNav(page, 'Signalen');
	await expect(page.getByRole('heading', { name: 'Signalen', level: 1 })).toBeVisible();
}

function today(): string {
	const now = new Date();
	const month = String(now.getMonth() + 1).padStart(2, '0');
	const day = String(now.getDate()).padStart(2, '0');
	return `${now.getFullYear()}-${month}-${day}`;
}

test('creates a signal with themes and a forum, edits its status and lists it', async ({
	page
}) => {
	await createVault(page);
	await openSignals(page);
	await expect(page.getByText('Nog geen signalen.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: 'Nieuw signaal' }).click();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Geef het signaal een titel.')).toBeVisible();
	await page.getByLabel('Titel').fill(TITLE);
	await chip(page, 'Thema’s', 'Vrije tijd').click();
	await chip(page, 'Thema’s', 'Financieel').click();
	await page.getByLabel('Omschrijving').fill('Meerdere gezinnen weten niet waar de pas geldt.');
	await chip(page, 'Doorgegeven aan', 'Team Opstap').click();
	await expect(chip(page, 'Status', 'nieuw')).toHaveAttribute('aria-pressed', 'true');
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Opslaan' }).click();

	await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Gekoppelde hulpvragen (0)' })).toBeVisible();
	await chip(page, 'Status', 'geagendeerd').click();
	await page.getByLabel('Resultaat').fill('Op de agenda van 12 juni.');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

	// After a reload the page's per-session handle means nothing: reopen it from the list.
	await page.reload();
	await unlock(page);
	await openSignals(page);
	const item = page.getByRole('link', { name: new RegExp(TITLE) });
	await expect(item).toContainText('geagendeerd');
	await item.click();
	await expect(chip(page, 'Status', 'geagendeerd')).toHaveAttribute('aria-pressed', 'true');
	await openSignals(page);
	await expect(item).toContainText('Vrije tijd, Financieel');
	await expect(item).toContainText('Gekoppelde hulpvragen: 0');
	await expect(item).toContainText('Naar Team Opstap');
});

test('links a help request marked as signal to a new signal, then to an existing one', async ({
	page
}) => {
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Fatima',
		activity: 'Huisbezoek',
		theme: 'Vrije tijd',
		approach: 'Opgepikt als signaal',
		description: REQUEST
	});
	await page.getByRole('link', { name: 'Koppel aan signaal' }).click();

	await expect(
		page.getByRole('heading', { name: 'Hulpvraag koppelen aan een signaal' })
	).toBeVisible();
	await expect(page.getByText(REQUEST)).toBeVisible();
	await expect(page.getByText('Er zijn nog geen signalen')).toBeVisible();
	await expect(chip(page, 'Thema’s', 'Vrije tijd')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByLabel('Eerst gezien')).toHaveValue(today());
	await expectNoSeriousA11yViolations(page);
	await page.getByLabel('Titel').fill(TITLE);
	await page.getByRole('button', { name: 'Nieuw signaal' }).click();

	await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Gekoppelde hulpvragen (1)' })).toBeVisible();
	await expect(page.getByText(REQUEST)).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// Unlinked, the request waits under "Nog te koppelen"; linking it again takes one tap.
	await page.getByRole('button', { name: 'Ontkoppel hulpvraag 1' }).click();
	await expect(page.getByRole('heading', { name: 'Gekoppelde hulpvragen (0)' })).toBeVisible();
	await openSignals(page);
	await expect(page.getByRole('heading', { name: 'Nog te koppelen (1)' })).toBeVisible();
	await page.getByRole('link', { name: /^Koppel hulpvraag van/ }).click();
	await page.getByRole('button', { name: `Koppel aan ${TITLE}` }).click();
	await expect(page.getByRole('heading', { name: 'Gekoppelde hulpvragen (1)' })).toBeVisible();
	await openSignals(page);
	await expect(page.getByRole('heading', { name: /Nog te koppelen/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toContainText(
		'Gekoppelde hulpvragen: 1'
	);
});

test('refuses an unknown or malformed help request on the koppel page and changes nothing', async ({
	page
}) => {
	await createVault(page);
	for (const query of ['contact=onbekend-123&request=ook-onbekend', 'h=oud-handvat', '']) {
		await page.goto(`/signalen/koppel?${query}`);
		await unlock(page);
		await expect(page.getByRole('alert')).toHaveText(
			/Deze hulpvraag is niet gevonden.*Er is niets gewijzigd\./
		);
		await expect(page.getByRole('button', { name: 'Nieuw signaal' })).toHaveCount(0);
	}
	await openSignals(page);
	await expect(page.getByText('Nog geen signalen.')).toBeVisible();
});
