import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openNav } from './support/nav';
import { createDemoVault, openReport } from './support/report';

// The worker fills the report's own chapters on the phone.
test.use({ viewport: { width: 390, height: 844 } });

const MARKED = 'Wachtlijst taalles te lang';
const UNMARKED = 'Buurman van mevrouw K. zonder verwarming';
const NOTE = 'Notitie die op het toestel blijft';

/** Creates a signal first seen in 2023, its name published in the end report or not. */
async function addSignal(page: Page, title: string, publish: boolean): Promise<void> {
	await openNav(page, 'Signalen');
	await page.getByRole('link', { name: 'Nieuw signaal' }).click();
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Eerst gezien').fill('2023-03-15');
	const checkbox = page.getByRole('checkbox', {
		name: 'Publiceer de naam van dit signaal in het eindrapport'
	});
	await expect(checkbox).toHaveAccessibleDescription(/De titel verlaat dan het toestel/);
	if (publish) await checkbox.check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

/** The preview of the report's own chapters (the print-only document holds them too). */
const preview = (page: Page) =>
	page.getByRole('region', { name: 'Eigen hoofdstukken van het eindrapport' });

/** The number of 2023 signals the preview's count table shows. */
async function signalCount(page: Page): Promise<number> {
	const table = preview(page).getByRole('table', { name: 'Signalen — aantal' });
	return Number(await table.locator('tbody td').first().textContent());
}

/** Fills the Quickscan "Werkrelatie" and the score of Ontmoeten for one year, and saves. */
async function evaluate(page: Page, year: string, options: string[], score: string) {
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption(year);
	const group = page.getByRole('group', { name: 'Werkrelatie' });
	for (const option of options) await group.getByRole('checkbox', { name: option }).check();
	await page.getByLabel('Notitie bij Werkrelatie').fill(NOTE);
	await page.getByRole('combobox', { name: 'Score Ontmoeten' }).selectOption(score);
	await page.getByRole('button', { name: 'Zelfevaluatie opslaan' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `van ${year} opgeslagen` })
	).toBeVisible();
}

test('a publishable signal appears by title, an unmarked one only in the counts', async ({
	page
}) => {
	await createDemoVault(page);
	await openReport(page);
	await expect(page.getByRole('combobox', { name: 'Jaar' })).toHaveValue('2023');
	const before = await signalCount(page);

	await addSignal(page, MARKED, true);
	await addSignal(page, UNMARKED, false);
	await openReport(page);
	const register = preview(page).getByRole('table', { name: 'Signalen — register' });
	await expect(register.getByRole('row', { name: new RegExp(MARKED) })).toBeVisible();
	await expect(page.getByText(UNMARKED)).toHaveCount(0);
	expect(await signalCount(page)).toBe(before + 2);
	await expect(preview(page).getByText(`${before + 2} signalen in deze periode.`)).toBeVisible();
	// Print shows the same document: the unmarked title is not in it either.
	await page.emulateMedia({ media: 'print' });
	const printed = page
		.getByRole('table', { name: 'Signalen — register' })
		.filter({ visible: true });
	await expect(printed.getByRole('row', { name: new RegExp(MARKED) })).toHaveCount(1);
	await expect(page.getByText(UNMARKED)).toHaveCount(0);
});

test('the Quickscan positions of two years appear with their change; notes stay behind', async ({
	page
}) => {
	await createDemoVault(page);
	await openReport(page);
	await page.getByRole('link', { name: 'Zelfevaluatie invullen' }).click();
	await expect(page.getByRole('heading', { name: 'Zelfevaluatie', level: 1 })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await evaluate(page, '2022', ['vrijblijvend'], '3');
	await evaluate(page, '2023', ['vrijblijvend', 'aanklampend'], '4');

	await page.getByRole('link', { name: '← Rapport' }).click();
	await page.getByRole('link', { name: 'Teksten voor het rapport' }).click();
	await expect(page.getByText('de enige vrije tekst die het toestel verlaat')).toBeVisible();
	await page.getByLabel('Organisatie').fill('SAAMO West-Vlaanderen');
	await page
		.getByLabel('Tekst bij Politiseren')
		.fill('Onze signalen gingen naar het lokaal overleg.');
	await page.getByRole('button', { name: 'Teksten opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Teksten opgeslagen.' })).toBeVisible();

	await page.getByRole('link', { name: '← Rapport' }).click();
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption('project');
	await page.getByRole('combobox', { name: 'Projectbegin' }).selectOption('2022');
	await page.getByRole('combobox', { name: 'Projecteinde' }).selectOption('2023');
	const quickscan = page.getByRole('table', { name: /^Quickscan outreachend werken/ });
	await expect(quickscan.getByRole('columnheader')).toHaveText(['2022', '2023', 'Verandering']);
	await expect(quickscan.getByRole('row', { name: /^Werkrelatie/ }).getByRole('cell')).toHaveText([
		'vrijblijvend',
		'vrijblijvend, aanklampend',
		'+ aanklampend'
	]);
	const functions = page.getByRole('table', { name: /de vier functies/ });
	await expect(functions.getByRole('row', { name: /^Ontmoeten/ }).getByRole('cell')).toHaveText([
		'3',
		'4',
		'+1'
	]);
	await expect(page.getByText('Onze signalen gingen naar het lokaal overleg.')).toBeVisible();
	await expect(page.getByText(NOTE)).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});
