import { expect, type Page } from '@playwright/test';

/**
 * Follows a main-navigation link by its exact name, the way a person does on any screen:
 * directly when it is in view (wide navigation, or the phone's bottom bar), otherwise
 * through the phone's "Meer" sheet. Returns the number of taps it took.
 */
export async function openNav(page: Page, name: string | RegExp): Promise<number> {
	const direct = page.getByRole('link', { name, exact: true });
	if (await direct.isVisible()) {
		await direct.click();
		return 1;
	}
	await page.getByRole('button', { name: 'Meer', exact: true }).click();
	const sheet = page.getByRole('dialog', { name: 'Meer' });
	await expect(sheet).toBeVisible();
	await sheet.getByRole('link', { name, exact: true }).click();
	await expect(sheet).toBeHidden();
	return 2;
}
