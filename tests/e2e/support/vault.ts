import { expect, type Page } from '@playwright/test';
import { openNav } from './nav';

export const PASSPHRASE = 'de soep van dinsdag is altijd warm';

/** Creates a vault on a fresh device and waits for the unlocked app. */
export async function createVault(page: Page, passphrase = PASSPHRASE, origin = ''): Promise<void> {
	await page.goto(`${origin}/`);
	await page.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
	await page.getByLabel('Herhaal wachtwoordzin').fill(passphrase);
	await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
}

/** Unlocks a locked vault and waits for the unlocked app. */
export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
	await page.getByLabel('Wachtwoordzin').fill(passphrase);
	await page.getByRole('button', { name: 'Ontgrendelen' }).click();
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
}

/** Locks with the lock button and waits for the lock screen after the reload. */
export async function lock(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Vergrendelen' }).click();
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
}

/** Switches the lock screen's "Snel noteren" lists on or off in Instellingen (unlocked). */
export async function setQuickLists(page: Page, on: boolean): Promise<void> {
	await openNav(page, 'Instellingen');
	const toggle = page.getByLabel('Keuzelijsten bij Snel noteren op het vergrendelscherm');
	await toggle.setChecked(on);
	await expect(
		page.getByRole('status').filter({ hasText: on ? 'toont nu' : 'verwijderd' })
	).toBeVisible();
}
