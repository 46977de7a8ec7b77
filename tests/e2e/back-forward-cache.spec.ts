import { expect, test } from '@playwright/test';
import { addPerson, ALIAS } from './support/auto-lock';
import { chromiumLaunchOptions } from './support/chromium.mjs';
import { unlock, createVault } from './support/vault';

// Playwright's Chromium starts with --disable-back-forward-cache; phones do not.
test.use({
	launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] }
});

test('pressing Back after visiting another site shows the lock screen and keeps the draft', async ({
	page,
	baseURL
}) => {
	await createVault(page);
	await addPerson(page);
	await page.getByRole('link', { name: 'Registreren' }).click();
	await page.getByLabel('Notitie').fill('onderbroken door een telefoontje');
	// Another site: a different origin than the app's (127.0.0.1 instead of localhost).
	const other = new URL(baseURL!);
	other.hostname = '127.0.0.1';
	other.pathname = '/manifest.webmanifest';
	await page.goto(other.href);
	await page.waitForTimeout(1000);
	await page.goBack();
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await expect(page.getByText(ALIAS)).toHaveCount(0);
	// The page came back from the cache and reloaded itself, rather than showing old state.
	expect(
		await page.evaluate(
			() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type
		)
	).toBe('reload');
	await unlock(page);
	await expect(page.getByLabel('Notitie')).toHaveValue('onderbroken door een telefoontje');
});
