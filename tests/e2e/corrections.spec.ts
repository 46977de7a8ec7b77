import { expect, test, type Page } from '@playwright/test';
import {
	chip,
	helpRequest,
	openPerson,
	openRegistration,
	registerNewPerson
} from './support/registration';
import { activityCard, addPerson, openActivities } from './support/activities';
import { openNav } from './support/nav';
import { keyFigure } from './support/report';
import { fixturePath, openFromSettings } from './support/taxonomy';
import { createVault, unlock } from './support/vault';

// Corrections happen on the phone, like the registrations they put right.
test.use({ viewport: { width: 390, height: 844 } });

const THIS_YEAR = new Date().getFullYear();
const LAST_YEAR = THIS_YEAR - 1;

/** Checks the unique-contacts key figure of one year on the report page (its exact value). */
async function expectUniqueContacts(page: Page, year: number, count: number) {
	await openNav(page, 'Rapport');
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption(String(year));
	await expect(keyFigure(page, 'Bereik', 'Unieke contacten')).toHaveText(
		new RegExp(`^${count}(\\D|$)`)
	);
}

/** The unique-contacts key figure of one year as shown on the report page. */
async function reportFigure(page: Page, year: number): Promise<string> {
	await openNav(page, 'Rapport');
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption(String(year));
	const figure = keyFigure(page, 'Bereik', 'Unieke contacten');
	await expect(figure).toHaveText(/^\d+/);
	return (await figure.textContent()) ?? '';
}

test('moves a contact into last year by editing its date: both years change', async ({ page }) => {
	test.setTimeout(120_000);
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Corr-Anna',
		activity: 'Sociale kruidenier',
		theme: 'Energie',
		approach: 'Informatie'
	});
	await registerNewPerson(page, { alias: 'Corr-Bert', theme: 'Werk', approach: 'Informatie' });
	await expectUniqueContacts(page, THIS_YEAR, 2);

	await openPerson(page, 'Corr-Anna');
	await page.getByRole('button', { name: /^Bewerk contact van/ }).click();
	await page.getByLabel('Datum', { exact: true }).fill(`${LAST_YEAR}-06-15`);
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeHidden();
	await expect(
		page.getByRole('heading', { level: 3 }).filter({ hasText: String(LAST_YEAR) })
	).toBeVisible();

	await expectUniqueContacts(page, THIS_YEAR, 1);
	await expectUniqueContacts(page, LAST_YEAR, 1);
});

test('deletes one help request of a saved contact, and then the contact itself', async ({
	page
}) => {
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Corr-Cas',
		activity: 'Sociale kruidenier',
		theme: 'Energie',
		approach: 'Informatie',
		description: 'eerste vraag'
	});
	await openPerson(page, 'Corr-Cas');
	await page.getByRole('button', { name: /^Bewerk contact van/ }).click();
	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	const second = helpRequest(page, 2);
	await chip(second, 'Thema', 'Werk').click();
	await chip(second, 'Aanpak', 'Informatie').click();
	await second.getByLabel('Omschrijving').fill('tweede vraag');
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByText('tweede vraag')).toBeVisible();

	await page.getByRole('button', { name: /^Bewerk contact van/ }).click();
	await page.getByRole('button', { name: 'Hulpvraag 1 weghalen' }).click();
	await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByText('tweede vraag')).toBeVisible();
	await expect(page.getByText('eerste vraag')).toHaveCount(0);

	await page.getByRole('button', { name: /^Verwijder contact van/ }).click();
	await expect(page.getByText('De hulpvraag gaat mee.')).toBeVisible();
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByText('Nog geen contacten.')).toBeVisible();
});

test('offers the existing person for a look-alike alias, and merges two records of one person', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Corr-Dina',
		activity: 'Sociale kruidenier',
		theme: 'Energie',
		approach: 'Informatie'
	});
	// Typing the same alias with other case and accents: the existing person is offered.
	await page.getByRole('button', { name: 'Nieuwe persoon', exact: true }).click();
	await page.getByLabel('Roepnaam of initialen').fill('corr dína');
	await expect(page.getByRole('button', { name: 'Kies Corr-Dina' })).toBeVisible();
	await page.getByRole('button', { name: 'Andere persoon' }).click();
	// The worker makes the double anyway (as imports or a hurried day do).
	await registerNewPerson(page, { alias: 'corr dína', theme: 'Werk', approach: 'Informatie' });
	await expectUniqueContacts(page, THIS_YEAR, 2);

	await openPerson(page, 'Corr-Dina');
	await page.getByLabel('Dubbele persoon', { exact: true }).selectOption({ label: 'corr dína' });
	await expect(page.getByText('1 contact en 0 aanwezigheden van corr dína')).toBeVisible();
	await page.getByRole('button', { name: 'Samenvoegen' }).click();
	await expect(page.getByText('corr dína is samengevoegd met deze persoon.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Contacten (2)' })).toBeVisible();

	await expectUniqueContacts(page, THIS_YEAR, 1);
	await openNav(page, 'Personen');
	await expect(page.getByRole('link', { name: 'corr dína' })).toHaveCount(0);
	await expect(page.getByText(/laatst .* · Sociale kruidenier/)).toBeVisible();
});

test('imports the same sheet twice: the second import recognises every contact and adds nothing', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createVault(page);
	const importButton = page.getByRole('button', { name: 'Importeren', exact: true });
	const done = page.getByRole('status').filter({ hasText: 'Import klaar' });

	await openFromSettings(page, 'Registraties importeren uit een rekenblad');
	await page.getByLabel('CSV-bestand').setInputFiles(fixturePath('registratie-voorbeeld.csv'));
	const choice = page.getByRole('group', { name: /Woonzorg/ });
	await choice.getByRole('radio', { name: 'Koppelen aan bestaand item' }).check();
	await choice.getByLabel('Bestaand item voor “Woonzorg”').selectOption({ label: 'Huisvesting' });
	await importButton.click();
	await expect(done.getByRole('listitem').first()).toHaveText('Contacten: 4');
	const once = await reportFigure(page, 2022);
	expect(once).toMatch(/^\d+/);

	await openFromSettings(page, 'Registraties importeren uit een rekenblad');
	await page.getByLabel('CSV-bestand').setInputFiles(fixturePath('registratie-voorbeeld.csv'));
	// The mapping chosen the first time is remembered; every contact is recognised.
	await expect(
		page.getByRole('group', { name: /Woonzorg/ }).getByLabel('Bestaand item voor “Woonzorg”')
	).toHaveValue(/.+/);
	await expect(page.getByText('4 contacten staan er al — overslaan')).toBeVisible();
	await importButton.click();
	await expect(done.getByRole('listitem').first()).toHaveText('Contacten: 0');
	await expect(done.getByText('Stonden er al (overgeslagen): 4')).toBeVisible();
	expect(await reportFigure(page, 2022)).toBe(once);
});

test('notes a follow-up with what was done and a new date, then closes it', async ({ page }) => {
	await createVault(page);
	await openRegistration(page);
	await page.getByRole('button', { name: 'Anoniem', exact: true }).click();
	await chip(page, 'Activiteit of plaats', 'Sociale kruidenier').click();
	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	const request = helpRequest(page, 1);
	await chip(request, 'Thema', 'Energie').click();
	await chip(request, 'Aanpak', 'Informatie').click();
	// A new request starts as afgerond (answered on the spot); this one needs a follow-up.
	await expect(chip(request, 'Status', 'Afgerond')).toHaveAttribute('aria-pressed', 'true');
	await chip(request, 'Status', 'Open').click();
	await request.getByLabel('Omschrijving').fill('Factuur te hoog');
	await page.getByRole('button', { name: 'Contact opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Contact opgeslagen' })).toBeVisible();

	await page.getByRole('link', { name: /^Op te volgen/ }).click();
	const item = page.getByRole('article').filter({ hasText: 'Factuur te hoog' });
	await item.getByText('Opvolging noteren').click();
	await item.getByLabel('Wat is er gedaan?').fill('Gebeld met de leverancier');
	await item.getByLabel('Volgende opvolgdatum').fill(`${THIS_YEAR + 1}-01-15`);
	await item.getByRole('button', { name: 'Opvolging bewaren' }).click();
	await expect(item).toContainText('Gebeld met de leverancier');
	await expect(item).toContainText(new RegExp(`Opvolgen op .*15 jan.* ${THIS_YEAR + 1}`));
	await expect(chip(item, 'Status', 'In opvolging')).toHaveAttribute('aria-pressed', 'true');

	await item.getByRole('button', { name: 'Afronden' }).click();
	await expect(chip(item, 'Status', 'Afgerond')).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await unlock(page);
	await openRegistration(page);
	await page.getByRole('link', { name: /^Op te volgen/ }).click();
	await expect(page.getByText('Niets op te volgen.')).toBeVisible();
});

test('deletes a session with its attendance after one question that says what goes', async ({
	page
}) => {
	await createVault(page);
	await addPerson(page, 'Corr-Dirk');
	// A second "Nieuwe persoon" with a variant of the alias offers the known person first.
	await page.getByRole('link', { name: 'Terug naar Personen' }).click();
	await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill('corr dirck');
	await page.getByRole('button', { name: 'Open Corr-Dirk' }).click();
	await expect(page.getByRole('heading', { name: 'Corr-Dirk', level: 1 })).toBeVisible();

	await openActivities(page);
	await page.getByRole('button', { name: 'Nieuwe bijeenkomst: Soep met Babbels' }).click();
	const soup = activityCard(page, 'Soep met Babbels');
	await page.getByLabel('Zoek een persoon').fill('Dirk');
	await page.getByRole('checkbox', { name: 'Corr-Dirk' }).check();
	await page.getByRole('button', { name: 'Eén anoniem meer' }).click();
	await expect(page.getByText('Opgeslagen.', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Bijeenkomst verwijderen' }).click();
	const question = page.getByRole('group', { name: /met haar aanwezigheden verwijderen/ });
	await expect(question).toContainText('1 aanwezigheid gaat mee; de persoon zelf blijft.');
	await expect(question).toContainText('1 anonieme deelnemer telt niet meer mee.');
	await question.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByRole('heading', { name: 'Activiteiten', level: 1 })).toBeVisible();
	await expect(soup.getByText('Nog geen bijeenkomsten.')).toBeVisible();
	await openPerson(page, 'Corr-Dirk');
});

test('deletes an outreach round and a signal, each after one question', async ({ page }) => {
	await createVault(page);
	await openActivities(page);
	await page.getByRole('link', { name: 'Outreachrondes' }).click();
	await page.getByRole('link', { name: 'Nieuwe outreachronde' }).click();
	await chip(page, 'Soort ronde', 'Stoepbezoeken').click();
	await chip(page, 'Wijken', 'Centrum').click();
	await page.getByLabel('Adressen bezocht').fill('30');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	// Saving opens the list; its page loads lazily, so wait for the round before opening it
	// (the first link of any list item could otherwise be the navigation's).
	await expect(page).toHaveURL(/\/outreach$/);
	const round = page.getByRole('main').getByRole('listitem').getByRole('link').first();
	await expect(round).toBeVisible();
	await round.click();
	await page.getByRole('button', { name: 'Ronde verwijderen' }).click();
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByText('Nog geen outreachrondes.')).toBeVisible();

	await openNav(page, 'Signalen');
	await page.getByRole('link', { name: 'Nieuw signaal' }).click();
	await page.getByLabel('Titel').fill('Corr-signaal');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: 'Corr-signaal', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Signaal verwijderen' }).click();
	await expect(page.getByText('Er is niets aan gekoppeld.')).toBeVisible();
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByText('Nog geen signalen.')).toBeVisible();
	await page.reload();
	await unlock(page);
	await expect(page.getByText('Nog geen signalen.')).toBeVisible();
});
