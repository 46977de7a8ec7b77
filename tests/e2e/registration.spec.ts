import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
	chip,
	expectNoHorizontalScroll,
	helpRequest,
	openPerson,
	openRegistration,
	registerNewPerson
} from './support/registration';
import { dumpStorage } from './support/storage-dump';
import { openFromSettings, openList } from './support/taxonomy';
import { createVault, lock, unlock } from './support/vault';

// The worker registers on a phone, with one thumb: every test runs on a phone viewport.
test.use({ viewport: { width: 390, height: 844 } });

const ALIAS = 'Sentinel-Alias-R4ZQ';
const FIRST = 'Sentinel-vraag-een: energiefactuur niet begrepen';
const SECOND = 'Sentinel-vraag-twee: vocht in de slaapkamer';
const NOTE = 'Sentinel-notitie: komt elke dinsdag';

/** A date `days` before today, as the date input wants it. */
function daysAgo(days: number): string {
	const date = new Date();
	date.setDate(date.getDate() - days);
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${date.getFullYear()}-${month}-${day}`;
}

async function followUpLink(page: Page) {
	return page.getByRole('link', { name: /^Op te volgen/ });
}

test('registers a contact with two help requests for a new person and finds it back', async ({
	page
}) => {
	await createVault(page);
	await expect(page.getByRole('heading', { name: 'Registreren', exact: true })).toBeVisible();

	await page.getByRole('combobox', { name: 'Zoek op roepnaam' }).fill('Sent');
	await expect(page.getByText('Niemand gevonden')).toBeVisible();
	await page.getByRole('button', { name: 'Nieuwe persoon', exact: true }).click();
	// What was typed in the search becomes the alias; the worker completes it.
	await expect(page.getByLabel('Roepnaam of initialen')).toHaveValue('Sent');
	await page.getByLabel('Roepnaam of initialen').fill(ALIAS);
	await page.getByText('Profiel (optioneel)').click();
	await chip(page, 'Geslacht', 'vrouw').click();
	await chip(page, 'Activiteit of plaats', 'Sociale kruidenier').click();

	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	const first = helpRequest(page, 1);
	await chip(first, 'Thema', 'Energie').click();
	await chip(first, 'Aanpak', 'Informatie').click();
	await first.getByLabel('Omschrijving').fill(FIRST);
	// A new request starts as afgerond (answered on the spot); this one stays open.
	await expect(chip(first, 'Status', 'Afgerond')).toHaveAttribute('aria-pressed', 'true');
	await chip(first, 'Status', 'Open').click();

	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	const second = helpRequest(page, 2);
	await chip(second, 'Thema', 'Huisvesting').click();
	await chip(second, 'Aanpak', 'Opgepikt als signaal').click();
	// The approach "Opgepikt als signaal" is the one control that makes it a signal.
	await expect(second.getByRole('checkbox', { name: 'Signaal' })).toHaveCount(0);
	await chip(second, 'Aanpak', 'Advies').click();
	await second.getByLabel('Omschrijving').fill(SECOND);
	await chip(second, 'Status', 'In opvolging').click();
	await second.getByLabel('Opvolgdatum (optioneel)').fill(daysAgo(3));
	await second.getByText('Doorverwezen naar (0)').click();
	await chip(second, 'Doorverwezen naar', 'Huurdersbond').click();
	await page.getByLabel('Notitie').fill(NOTE);

	await expectNoHorizontalScroll(page);
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'Contact opslaan' }).click();
	const status = page.getByRole('status').filter({ hasText: 'Contact opgeslagen' });
	await expect(status).toHaveText(/Contact opgeslagen met 2 hulpvragen/);
	const link = status.getByRole('link', { name: 'Koppel aan signaal' });
	// An opaque per-session handle, never the contact's or request's id.
	await expect(link).toHaveAttribute('href', /\/signalen\/koppel\?h=[\w-]+$/);
	// The form is clear again, at the place just used, ready for the next contact.
	await expect(page.getByRole('combobox', { name: 'Zoek op roepnaam' })).toHaveValue('');
	await expect(helpRequest(page, 1)).toHaveCount(0);
	await expect(chip(page, 'Activiteit of plaats', 'Sociale kruidenier')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(await followUpLink(page)).toHaveText(/Op te volgen\s*2/);

	await openPerson(page, ALIAS);
	const contacts = page.getByRole('region', { name: 'Contacten (1)' });
	await expect(contacts).toContainText('Sociale kruidenier');
	await expect(contacts).toContainText('Energie');
	await expect(contacts).toContainText('Huisvesting');
	await expect(contacts).toContainText('In opvolging');
	await expect(contacts).toContainText(SECOND);
	await expect(page.getByRole('region', { name: 'Profiel' })).toContainText('eerste registratie');
	await expectNoHorizontalScroll(page);
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: 'Toon alle gegevens' }).click();
	await expect(page.getByRole('heading', { name: `Alle gegevens van ${ALIAS}` })).toBeVisible();
	for (const text of [NOTE, FIRST, SECOND, 'Huurdersbond', 'Opgepikt als signaal', 'vrouw']) {
		await expect(page.getByText(text).first()).toBeVisible();
	}
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();

	await openRegistration(page);
	await (await followUpLink(page)).click();
	await expect(page.getByRole('heading', { name: 'Op te volgen', exact: true })).toBeVisible();
	const items = page.getByRole('article');
	await expect(items).toHaveCount(2);
	// Oldest first: the follow-up date three days ago comes before today's contact.
	await expect(items.nth(0)).toContainText(SECOND);
	await expect(items.nth(1)).toContainText(FIRST);
	await expect(items.nth(0)).toContainText(ALIAS);
	await expect(items.nth(0)).toContainText('Huisvesting');
	await expectNoHorizontalScroll(page);
	await expectNoSeriousA11yViolations(page);

	const done = chip(items.nth(1), 'Status', 'Afgerond');
	await done.click();
	await expect(done).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('status').filter({ hasText: 'Status opgeslagen' })).toBeAttached();
	await openRegistration(page);
	await expect(await followUpLink(page)).toHaveText(/Op te volgen\s*1/);
	await (await followUpLink(page)).click();
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(page.getByRole('article')).toContainText(SECOND);
});

test('registers a known person at the default place with one help request in six taps', async ({
	page
}) => {
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Mo',
		activity: 'Digipunt',
		theme: 'Digitaal',
		approach: 'Informatie'
	});
	await page.reload();
	await unlock(page);

	// Count every tap; typing on the keyboard is not a tap.
	let taps = 0;
	const tap = async (target: ReturnType<Page['getByRole']>) => {
		taps++;
		await target.click();
	};
	const search = page.getByRole('combobox', { name: 'Zoek op roepnaam' });
	await tap(search); // 1: the search field
	await page.keyboard.type('mo');
	await tap(page.getByRole('option', { name: 'Mo', exact: true })); // 2: the person
	await tap(page.getByRole('button', { name: 'Hulpvraag toevoegen' })); // 3
	await tap(chip(helpRequest(page, 1), 'Thema', 'Werk')); // 4
	await tap(chip(helpRequest(page, 1), 'Aanpak', 'Advies')); // 5
	await tap(page.getByRole('button', { name: 'Contact opslaan' })); // 6
	await expect(page.getByRole('status')).toContainText('Contact opgeslagen met 1 hulpvraag');
	expect(taps).toBe(6);
	expect(taps).toBeLessThanOrEqual(8);

	await openPerson(page, 'Mo');
	const contacts = page.getByRole('region', { name: 'Contacten (2)' });
	// Both contacts are at the place last used, the default, which no tap changed.
	await expect(contacts.getByRole('article').filter({ hasText: 'Digipunt' })).toHaveCount(2);
	await expect(contacts.getByRole('article').filter({ hasText: 'Werk' })).toHaveCount(1);
});

test('refuses an incomplete registration with a clear message and writes nothing', async ({
	page
}) => {
	await createVault(page);
	await page.getByRole('button', { name: 'Nieuwe persoon', exact: true }).click();
	await page.getByLabel('Roepnaam of initialen').fill('Nog-niet-bewaard');
	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	await page.getByRole('button', { name: 'Contact opslaan' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Kies een activiteit of plaats.');
	await expect(alert).toContainText('Hulpvraag 1: kies minstens één thema.');
	await expect(alert).toContainText('Hulpvraag 1: kies minstens één aanpak.');
	await expect(await followUpLink(page)).toHaveText(/Op te volgen\s*0/);

	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByText('Nog geen personen')).toBeVisible();
	// The input waits on Registreren for the worker to come back and finish it.
	await openRegistration(page);
	await expect(page.getByLabel('Roepnaam of initialen')).toHaveValue('Nog-niet-bewaard');
	await expect(helpRequest(page, 1)).toBeVisible();
});

test('an archived theme leaves the chips but stays on the old record', async ({ page }) => {
	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Ria',
		activity: 'Huisbezoek',
		theme: 'Energie',
		approach: 'Advies'
	});

	await openFromSettings(page, /Lijsten beheren/);
	const themes = await openList(page, "Thema's");
	await themes.getByRole('button', { name: 'Wijzig Energie', exact: true }).click();
	await themes.getByRole('button', { name: 'Archiveren' }).click();
	await expect(themes.getByRole('heading', { name: 'Gearchiveerd' })).toBeVisible();

	await openRegistration(page);
	await page.getByRole('button', { name: 'Hulpvraag toevoegen' }).click();
	const themeChips = helpRequest(page, 1).getByRole('group', { name: 'Thema', exact: true });
	await expect(themeChips.getByRole('button', { name: 'Huisvesting' })).toBeVisible();
	await expect(themeChips.getByRole('button', { name: 'Energie' })).toHaveCount(0);

	await openPerson(page, 'Ria');
	await expect(page.getByRole('region', { name: 'Contacten (1)' })).toContainText('Energie');
});

test('erases a person by anonymising: the alias is gone, the contact still counts', async ({
	page
}) => {
	await createVault(page);
	await registerNewPerson(page, {
		alias: ALIAS,
		activity: 'Contact op straat',
		theme: 'Werk',
		approach: 'Luisterend oor',
		description: FIRST,
		status: 'Open'
	});

	await openPerson(page, ALIAS);
	await page.getByRole('link', { name: 'Verwijder persoon' }).click();
	await expect(page.getByRole('heading', { name: 'Verwijder persoon' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Verwijder persoon' }).click();
	await expect(page.getByRole('alert')).toHaveText('Kies eerst wat er met de gegevens gebeurt.');
	await page.getByLabel('Anonimiseren').check();
	// The open help request: asked first, then handed over without a name.
	await page.getByRole('button', { name: 'Verwijder persoon' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Kies eerst wat er met de open hulpvragen gebeurt.'
	);
	await page.getByRole('radio', { name: /^Laten staan in Op te volgen/ }).check();
	await page.getByRole('button', { name: 'Verwijder persoon' }).click();
	await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
	await expect(page.getByRole('status')).toHaveText('De persoon is verwijderd.');

	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByText('Nog geen personen')).toBeVisible();
	await expect(page.getByText(ALIAS)).toHaveCount(0);

	await openRegistration(page);
	await page.getByRole('combobox', { name: 'Zoek op roepnaam' }).fill(ALIAS.slice(0, 8));
	await expect(page.getByRole('option')).toHaveCount(0);
	await expect(page.getByText(ALIAS)).toHaveCount(0);
	await expect(await followUpLink(page)).toHaveText(/Op te volgen\s*1/);

	await (await followUpLink(page)).click();
	const item = page.getByRole('article');
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('Anoniem');
	await expect(item).toContainText('Werk');
	await expect(item).not.toContainText(FIRST);
	await expect(page.getByText(ALIAS)).toHaveCount(0);

	await lock(page);
	const dump = await dumpStorage(page);
	for (const secret of [ALIAS, FIRST]) {
		expect(dump.indexedDb).not.toContain(secret);
		expect(dump.webStorage).not.toContain(secret);
	}
	await unlock(page);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByText(ALIAS)).toHaveCount(0);
});
