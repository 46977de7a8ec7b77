import { expect, type Page } from '@playwright/test';

/** A person's alias nobody types by accident. */
export const ALIAS = 'Klok-Sentinel-R4';

/** Pretends the phone hid or showed the page (headless Chromium is always visible). */
export async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
	await page.evaluate((value) => {
		Object.defineProperty(document, 'visibilityState', { value, configurable: true });
		Object.defineProperty(document, 'hidden', { value: value === 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	}, state);
}

export async function addPerson(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill(ALIAS);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: ALIAS })).toBeVisible();
}
