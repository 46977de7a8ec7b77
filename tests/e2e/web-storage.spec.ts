import { expect, test, type Page } from '@playwright/test';
import { registerNewPerson } from './support/registration';
import { createVault, lock, PASSPHRASE, setQuickLists, unlock } from './support/vault';

/** Everything in this origin's localStorage and sessionStorage, as key → value. */
function webStorage(page: Page) {
	return page.evaluate(() => {
		const all = (storage: Storage) =>
			Object.fromEntries(
				Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key) => [
					key,
					storage.getItem(key)
				])
			);
		return { local: all(localStorage), session: all(sessionStorage) };
	});
}

const EMPTY = { local: {}, session: {} };

test('nothing is kept in local or session storage unless the quick lists are switched on', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Web-Sentinel',
		activity: 'Digipunt',
		theme: 'Energie',
		approach: 'Informatie',
		description: 'Sentinel-web-storage: premie'
	});
	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	await page.getByLabel('Taal').selectOption('en');
	await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
	expect(await webStorage(page)).toEqual(EMPTY);
	// The choice is kept in the encrypted settings: the lock screen is Dutch, and the
	// worker's English comes back with the unlock.
	await page.getByRole('button', { name: 'Lock', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	expect(await webStorage(page)).toEqual(EMPTY);
	await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Ontgrendelen' }).click();
	await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: 'Settings', exact: true }).click();
	await page.getByLabel('Language').selectOption('nl');
	await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
	await lock(page);
	expect(await webStorage(page)).toEqual(EMPTY);

	await unlock(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await setQuickLists(page, true);
	await lock(page);
	const on = await webStorage(page);
	expect(Object.keys(on.local)).toEqual(['stekboek.quickLists']);
	expect(on.local['stekboek.quickLists']).toContain('Digipunt');
	expect(on.local['stekboek.quickLists']).toContain('Energie');
	expect(JSON.stringify(on)).not.toContain('Sentinel');
	expect(on.session).toEqual({});

	await unlock(page);
	await setQuickLists(page, false);
	await lock(page);
	expect(await webStorage(page)).toEqual(EMPTY);
});
