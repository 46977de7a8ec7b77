import { expect, type Page } from '@playwright/test';

/** The participant screen's words, per language, as a participant sees them. */
export const kioskWords = {
	Nederlands: {
		input: 'Jouw inbreng',
		submit: 'Versturen',
		thanks: 'Bedankt!',
		next: 'Volgende persoon'
	},
	English: { input: 'Your input', submit: 'Send', thanks: 'Thank you!', next: 'Next person' },
	Français: {
		input: 'Votre contribution',
		submit: 'Envoyer',
		thanks: 'Merci !',
		next: 'Personne suivante'
	}
} as const;

export type KioskLanguage = keyof typeof kioskWords;

/** One participant's turn: language, free text, theme votes, a face; then the thanks. */
export async function participate(
	page: Page,
	turn: { language: KioskLanguage; text: string; themes: string[]; rating: string }
): Promise<void> {
	const words = kioskWords[turn.language];
	if (turn.language !== 'Nederlands') {
		await page.getByRole('button', { name: turn.language, exact: true }).click();
	}
	await page.getByRole('textbox', { name: words.input }).fill(turn.text);
	for (const theme of turn.themes) {
		await page.getByRole('checkbox', { name: theme, exact: true }).check();
	}
	await page.getByRole('radio', { name: turn.rating, exact: true }).check();
	await page.getByRole('button', { name: words.submit, exact: true }).click();
	await expect(page.getByRole('heading', { name: words.thanks })).toBeVisible();
}

/** All text a person could see or scroll to, including the values of form fields. */
export async function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const fields = Array.from(
			document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
		).map((field) => field.value);
		return [document.body.innerText, ...fields].join('\n');
	});
}

/** Fails when the page is the kiosk no longer: the participant form must be there, the app not. */
export async function expectKiosk(page: Page, title: string): Promise<void> {
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Jouw inbreng' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afsluiten' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);
	await expect(page.getByRole('navigation')).toHaveCount(0);
}
