import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openNav } from './nav';

/** The path of a file in tests/fixtures, for `setInputFiles`. */
export function fixturePath(name: string): string {
	return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** Goes to Instellingen through the main navigation, then follows a link of "Gegevens". */
export async function openFromSettings(page: Page, link: RegExp | string): Promise<void> {
	await openNav(page, 'Instellingen');
	await page.getByRole('link', { name: link }).click();
}

/** Opens the list editor and unfolds one list by its heading. */
export async function openList(page: Page, heading: string): Promise<Locator> {
	await page.getByRole('heading', { name: heading, exact: true }).click();
	const section = page.locator('details', {
		has: page.getByRole('heading', { name: heading, exact: true })
	});
	await expect(section).toHaveAttribute('open', '');
	return section;
}

/** The labels of the active items of an unfolded list, in order. */
export async function activeLabels(section: Locator): Promise<string[]> {
	const labels = await section.locator('ul.items:not(.archived) .label').allInnerTexts();
	return labels.map((label) => label.split('\n')[0]!.trim());
}

/** The value shown next to a figure of the import preview. */
export function previewFigure(page: Page, name: string): Locator {
	return page
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${name}$`) })
		.locator('xpath=following-sibling::dd[1]');
}
