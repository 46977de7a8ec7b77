import { expect, test } from '@playwright/test';
import { startStaticServer } from './support/static-server';
import { createVault } from './support/vault';

const buildDir = process.env.STEKBOEK_BUILD_DIR ?? 'build';

test('a new version waits while a form holds unsaved input, and applies on tap after', async ({
	page
}) => {
	const host = await startStaticServer(buildDir);
	try {
		await page.goto(host.url);
		await createVault(page, undefined, host.url);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		await page.getByRole('link', { name: 'Personen', exact: true }).click();
		await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
		await page.getByLabel('Roepnaam of initialen').fill('Half getypt');

		host.deployNewVersion();
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByText('Er is een nieuwe versie van Stekboek.')).toBeVisible();
		await page.getByRole('button', { name: 'Bijwerken' }).click();
		await expect(page.getByText('Sla eerst je formulier op')).toBeVisible();
		await expect(page.getByLabel('Roepnaam of initialen')).toHaveValue('Half getypt');
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(true);

		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByRole('heading', { name: 'Half getypt' })).toBeVisible();
		await page.getByRole('button', { name: 'Bijwerken' }).click();
		// The new version takes over and reloads the page, which locks the vault.
		await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
		expect(
			await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		).toBe(false);
	} finally {
		await host.close();
	}
});
