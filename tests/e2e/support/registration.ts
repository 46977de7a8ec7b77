import { expect, type Locator, type Page } from '@playwright/test';

/** A toggle chip, found by the legend of its chip group and its own label. */
export function chip(scope: Page | Locator, group: string, label: string): Locator {
	return scope
		.getByRole('group', { name: group, exact: true })
		.getByRole('button', { name: label, exact: true });
}

/** The fieldset of the n-th help request (counting from 1) on Registreren. */
export function helpRequest(page: Page, number: number): Locator {
	return page.getByRole('group', { name: `Hulpvraag ${number}`, exact: true });
}

/** Fails when the page is wider than the viewport (the worker would have to scroll sideways). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Goes to Registreren through the main navigation. */
export async function openRegistration(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Registreren', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Registreren', exact: true })).toBeVisible();
}

/**
 * Registers a contact for a new person with one help request through the form, the way
 * a worker does; `activity` is tapped only when given (otherwise the default stays).
 */
export async function registerNewPerson(
	page: Page,
	input: {
		alias: string;
		activity?: string;
		theme: string;
		approach: string;
		description?: string;
		status?: string;
	}
): Promise<void> {
	await openRegistration(page);
	await page.getByRole('button', { name: 'Nieuwe persoon', exact: true }).click();
	await page.getByLabel('Roepnaam of initialen').fill(input.alias);
	if (input.activity) await chip(page, 'Activiteit of plaats', input.activity).click();
	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	const request = helpRequest(page, 1);
	await chip(request, 'Thema', input.theme).click();
	await chip(request, 'Aanpak', input.approach).click();
	if (input.description) await request.getByLabel('Omschrijving').fill(input.description);
	if (input.status) await chip(request, 'Status', input.status).click();
	await page.getByRole('button', { name: 'Contact opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Contact opgeslagen' })).toBeVisible();
}

/** Opens a person's page from Personen. */
export async function openPerson(page: Page, alias: string): Promise<void> {
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: alias, exact: true }).click();
	await expect(page.getByRole('heading', { name: alias, level: 1 })).toBeVisible();
}
