import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { watchForeignRequests } from './support/same-origin';
import { dumpStorage } from './support/storage-dump';
import { createVault, lock, PASSPHRASE, unlock } from './support/vault';

// Values nobody would type by accident, so finding one in storage can only mean a leak.
const ALIAS = 'Sentinel-Alias-Q7XK';
const NOTE = 'Sentinel-note-ZW3M: woont boven de bakkerij';
const FIRST_CONTACT = '2021-03-17';
const CATEGORY_VALUES = ['eenoudergezin', 'niet-EU', 'professioneel netwerk', '65-79'];

test('keeps a person encrypted at rest and shows it again only after unlock', async ({
	page,
	context,
	baseURL
}) => {
	const foreign = watchForeignRequests(context, new URL(baseURL!).origin);
	await createVault(page);

	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill(ALIAS);
	await page.getByLabel('Leeftijd').selectOption('65-79');
	await page.getByLabel('Gezinssituatie').selectOption('eenoudergezin');
	await page.getByLabel('Herkomst').selectOption('niet-EU');
	await page.getByLabel('Aanmelding').selectOption('professioneel netwerk');
	await page.getByLabel('Eerste contact').fill(FIRST_CONTACT);
	await page.getByLabel('Notities').fill(NOTE);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: ALIAS })).toBeVisible();

	await lock(page);
	const dump = await dumpStorage(page);
	expect(dump.indexedDb).toContain('## stekboek/records');
	for (const secret of [ALIAS, NOTE, FIRST_CONTACT, ...CATEGORY_VALUES]) {
		expect(dump.indexedDb).not.toContain(secret);
		expect(dump.webStorage).not.toContain(secret);
	}
	// The cached app code names the categories itself, so only the free text is searched there.
	for (const secret of [ALIAS, NOTE]) expect(dump.cacheStorage).not.toContain(secret);
	await expect(page).not.toHaveTitle(new RegExp(ALIAS));

	await page.reload();
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await expect(page.getByText(ALIAS)).toHaveCount(0);

	await page.getByLabel('Wachtwoordzin').fill('dit is niet de juiste zin');
	await page.getByRole('button', { name: 'Ontgrendelen' }).click();
	await expect(page.getByRole('alert')).toHaveText(/klopt niet/);
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);

	await unlock(page, PASSPHRASE);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: ALIAS }).click();
	await expect(page.getByLabel('Notities')).toHaveValue(NOTE);
	await expect(page.getByLabel('Herkomst')).toHaveValue('niet-EU');
	expect(foreign).toEqual([]);
});

test('locks by itself after the idle time and soon after the page is hidden', async ({ page }) => {
	await page.clock.install();
	await createVault(page);
	await page.clock.fastForward('04:50');
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
	await page.clock.fastForward('00:15');
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();

	await unlock(page);
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(page.getByText('Stekboek is verborgen')).toBeAttached();
	await page.clock.fastForward('00:31');
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
});

test('opens offline after the first visit', async ({ page, context }) => {
	await createVault(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await context.setOffline(true);
	await page.goto('/personen');
	await unlock(page);
	await expect(page.getByRole('heading', { name: 'Personen' })).toBeVisible();
	await context.setOffline(false);
});

test('precaches the key-derivation worker at install, so a first vault can be made offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Kluis aanmaken' })).toBeVisible();
	const cachedWorkers = await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		const names = await caches.keys();
		const urls = await Promise.all(
			names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url))
		);
		return urls.flat().filter((url) => url.includes('/_app/immutable/workers/'));
	});
	expect(cachedWorkers.length).toBeGreaterThan(0);
	await page.reload();
	await context.setOffline(true);
	await createVault(page);
	await context.setOffline(false);
});

test('has no serious accessibility violations on first run, unlock and Personen', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Kluis aanmaken' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await createVault(page);
	await lock(page);
	await expectNoSeriousA11yViolations(page);
	await unlock(page);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expectNoSeriousA11yViolations(page);
});

test('locking one tab locks the other open tabs too', async ({ page, context }) => {
	await createVault(page);
	const second = await context.newPage();
	await second.goto('/personen');
	await unlock(second);
	await lock(page);
	await expect(second.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
});

test('a person saved in one tab shows up in the other without reloading', async ({
	page,
	context
}) => {
	await createVault(page);
	const second = await context.newPage();
	await second.goto('/personen');
	await unlock(second);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill('Tweede-tab-Zoe');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(second.getByRole('link', { name: 'Tweede-tab-Zoe' })).toBeVisible();
});
