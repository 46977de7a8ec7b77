import { expect, type Locator, type Page } from '@playwright/test';

/** Adds a person through Personen > Nieuwe persoon, the way a worker does. */
export async function addPerson(page: Page, alias: string): Promise<void> {
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill(alias);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: alias, level: 1 })).toBeVisible();
}

/** Opens Activiteiten through the main navigation. */
export async function openActivities(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Activiteiten', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Activiteiten', level: 1 })).toBeVisible();
}

/** The card of one group activity on Activiteiten. */
export function activityCard(page: Page, label: string): Locator {
	return page.getByRole('region', { name: label, exact: true });
}

/** The running totals of the session screen ("4 aanwezig: …"). */
export function sessionTotals(page: Page): Locator {
	return page.getByRole('status').filter({ hasText: 'aanwezig:' });
}
