import { expect, test, type Page } from '@playwright/test';
import { createDemoVault } from './support/report';
import { storedStrings, watchUrls } from './support/url-watch';
import { unlock } from './support/vault';

// The demo vault's passphrase, which the demo's banner shows (src/lib/state/demo-vault.ts).
const DEMO_PASSPHRASE = 'voorbeeld voorbeeld';

// The fixed words of the app's routes; everything else in a URL is a handle or a query value.
const ROUTE_WORDS = new Set(
	'personen gegevens verwijderen activiteiten bijeenkomst outreach signalen koppel focusgroep nieuw opvolgen rapport zelfevaluatie teksten instellingen lijsten import'.split(
		' '
	)
);

/** The parts of a URL that are not fixed route words: path segments and query values. */
function variableParts(href: string): string[] {
	const url = new URL(href);
	return [
		...url.pathname.split('/').filter((part) => part && !ROUTE_WORDS.has(part)),
		...[...url.searchParams.values()],
		...(url.hash ? [url.hash.slice(1)] : [])
	].map(decodeURIComponent);
}

async function openFirst(page: Page, nav: string, list: string): Promise<void> {
	await page.getByRole('link', { name: nav, exact: true }).click();
	await page.locator(list).getByRole('link').first().click();
}

test('no visited URL carries an id or key found in IndexedDB, and an old handle opens nothing', async ({
	page
}) => {
	test.setTimeout(180_000);
	const urls = await watchUrls(page);
	await createDemoVault(page);

	await openFirst(page, 'Personen', 'main ul');
	// The click resolves before the navigation: read the URL once it is the person's.
	await expect(page).toHaveURL(/\/personen\/[^/]+$/);
	const personUrl = page.url();
	const alias = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await page.getByRole('link', { name: 'Toon alle gegevens' }).click();
	// The person page's heading holds the alias too: wait for the data page's own URL, or
	// Back may run before that navigation and leave the person page instead.
	await expect(page).toHaveURL(/\/personen\/[^/]+\/gegevens$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);
	await page.goBack();
	await expect(page).toHaveURL(personUrl);
	await page.getByRole('link', { name: 'Verwijder persoon' }).click();
	await expect(page.getByRole('heading', { name: 'Verwijder persoon' })).toBeVisible();

	await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
	await page.getByRole('button', { name: 'Nieuwe bijeenkomst' }).first().click();
	await expect(page.getByText('Deze bijeenkomst bestaat niet (meer).')).toHaveCount(0);
	await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
	await page.locator('ul.sessions').first().getByRole('link').first().click();
	await expect(page.getByText('Deze bijeenkomst bestaat niet (meer).')).toHaveCount(0);

	await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
	await page.getByRole('link', { name: 'Outreachrondes' }).click();
	await page.locator('main ul').getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await openFirst(page, 'Signalen', 'main ul');
	await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
	await page.getByRole('link', { name: 'Signalen', exact: true }).click();
	const toLink = page.locator('.to-link a.button');
	if ((await toLink.count()) > 0) {
		await toLink.first().click();
		await expect(page.getByRole('heading', { name: /Hulpvraag koppelen/ })).toBeVisible();
	}

	await openFirst(page, 'Focusgroep', 'main ul');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const stored = (await storedStrings(page)).filter((value) => value.length >= 6);
	expect(stored.length).toBeGreaterThan(100);
	const variable = urls.flatMap(variableParts);
	expect(variable.length).toBeGreaterThan(6);
	const leaks = variable.flatMap((part) =>
		stored
			.filter((value) => part.includes(value) || value.includes(part))
			.map((value) => [part, value])
	);
	expect(leaks).toEqual([]);

	// After a reload the old handle means nothing, even once the vault is open again.
	await page.goto(personUrl);
	await unlock(page, DEMO_PASSPHRASE);
	await expect(page.getByText('Deze persoon bestaat niet (meer).')).toBeVisible();
	await expect(page.getByText(/oude link/)).toBeVisible();
	await expect(page.getByText(alias)).toHaveCount(0);
});
