import { expect, test } from '@playwright/test';
import { addPerson, ALIAS, setVisibility } from './support/auto-lock';
import { createVault } from './support/vault';

test('a hidden page whose timers were frozen for two hours locks when it is shown again', async ({
	page
}) => {
	await page.clock.install();
	await createVault(page);
	await addPerson(page);
	await setVisibility(page, 'hidden');
	// The phone suspends the page: the clock moves on, no timer fires.
	const now = await page.evaluate(() => Date.now());
	await page.clock.setSystemTime(now + 2 * 60 * 60 * 1000);
	await setVisibility(page, 'visible');
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await expect(page.getByText(ALIAS)).toHaveCount(0);
});

test('the first touch after a long pause locks instead of acting', async ({ page }) => {
	await page.clock.install();
	await createVault(page);
	await addPerson(page);
	const now = await page.evaluate(() => Date.now());
	await page.clock.setSystemTime(now + 6 * 60 * 1000);
	await page.getByRole('link', { name: 'Signalen', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await expect(page).not.toHaveURL(/signalen/);
});

test('the hidden-page limit is a setting from 30 seconds to 5 minutes', async ({ page }) => {
	await page.clock.install();
	await createVault(page);
	await page.getByRole('link', { name: 'Instellingen' }).click();
	const setting = page.getByLabel('Vergrendelen als Stekboek niet in beeld is, na');
	await expect(setting).toHaveValue('30');
	await setting.selectOption('120');
	await expect(page.getByRole('status')).toContainText('2 min.');

	await setVisibility(page, 'hidden');
	const now = await page.evaluate(() => Date.now());
	await page.clock.setSystemTime(now + 90_000);
	await setVisibility(page, 'visible');
	await page.waitForTimeout(200);
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();

	await setVisibility(page, 'hidden');
	await page.clock.fastForward('02:01');
	// The fast-forwarded timer may already have locked and reloaded the page, which ends the
	// page's script context; either way the page must end on the lock screen.
	await setVisibility(page, 'visible').catch(() => undefined);
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
});
