import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { fixturePath, openFromSettings, previewFigure } from './support/taxonomy';
import { createVault } from './support/vault';

test.use({ viewport: { width: 390, height: 844 } });

test('imports a sheet after mapping its unknown theme, and shows the persons', async ({ page }) => {
	await createVault(page);
	await openFromSettings(page, 'Registraties importeren uit een rekenblad');
	await expect(page.getByRole('heading', { name: 'Registraties importeren' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel('CSV-bestand').setInputFiles(fixturePath('registratie-voorbeeld.csv'));
	await expect(page.getByRole('heading', { name: 'Voorbeeld' })).toBeVisible();
	await expect(previewFigure(page, 'Regels')).toHaveText('6');
	await expect(previewFigure(page, 'Personen')).toHaveText('3 nieuw, 0 al in Stekboek');
	await expect(previewFigure(page, 'Contacten')).toHaveText('4');
	await expect(previewFigure(page, 'Hulpvragen')).toHaveText('4');
	await expect(previewFigure(page, 'Signalen')).toHaveText('1');
	await expect(page.getByText(/^Regel 7: de datum "31\/02\/2022"/)).toBeVisible();
	await expect(
		page.getByText('Deze kolommen worden niet gebruikt: Opmerking intern.')
	).toBeVisible();

	const importButton = page.getByRole('button', { name: 'Importeren', exact: true });
	await expect(importButton).toBeDisabled();
	const choice = page.getByRole('group', { name: /Woonzorg/ });
	await choice.getByRole('radio', { name: 'Koppelen aan bestaand item' }).check();
	await expect(importButton).toBeDisabled();
	await choice.getByLabel('Bestaand item voor “Woonzorg”').selectOption({ label: 'Huisvesting' });
	await expect(importButton).toBeEnabled();
	await expectNoSeriousA11yViolations(page);

	await importButton.click();
	await expect(page.getByRole('heading', { name: 'Import klaar' })).toBeVisible();
	const done = page.getByRole('status').filter({ hasText: 'Import klaar' });
	await expect(done.getByRole('listitem')).toHaveText([
		'Contacten: 4',
		'Hulpvragen: 4',
		'Nieuwe personen: 3',
		'Bijgewerkte personen: 0',
		'Nieuwe items in de lijsten: 0',
		'Stonden er al (overgeslagen): 0'
	]);
	await page.getByRole('link', { name: 'Naar Personen' }).click();
	for (const alias of ['Fatma', 'Jonas', 'Mira'])
		await expect(page.getByRole('link', { name: alias, exact: true })).toBeVisible();
});

test('refuses a sheet without the required columns and writes nothing', async ({ page }) => {
	await createVault(page);
	await openFromSettings(page, 'Registraties importeren uit een rekenblad');
	await page.getByLabel('CSV-bestand').setInputFiles(fixturePath('registratie-kapot.csv'));
	await expect(page.getByRole('alert')).toContainText(
		'Deze verplichte kolom(men) ontbreken: Datum, Activiteit'
	);
	await expect(page.getByRole('alert')).toContainText('Er is niets opgeslagen.');
	await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toHaveCount(0);

	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByText('Nog geen personen.')).toBeVisible();
});
