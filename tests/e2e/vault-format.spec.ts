import { expect, test, type Page } from '@playwright/test';
import { addPerson, activityCard, openActivities } from './support/activities';
import { chip, registerNewPerson } from './support/registration';
import { dumpStorage } from './support/storage-dump';
import { openFromSettings, openList } from './support/taxonomy';
import { createVault, lock, PASSPHRASE, unlock } from './support/vault';
import { readStoredRows } from './support/vault-format';

const ALIAS = 'Sentinel-Alias-VF9';
const THEME = 'Sentinel-thema-VF9';
const NEW_PASSPHRASE = 'een nieuwe zin voor na de rotatie';

// Every record kind's name, the singleton ids, and category slugs and labels.
const KIND_NAMES = [
	'person',
	'contact',
	'session',
	'outreach',
	'signal',
	'focusTemplate',
	'focusSession',
	'focusInput',
	'taxonomy',
	'settings',
	'draft'
];
const SINGLETONS = ['demo-vault', 'autoLockMinutes'];
const CATEGORIES = [
	'act-soep-met-babbels',
	'act-sociale-kruidenier',
	'theme-huisvesting',
	'appr-',
	'Soep met Babbels',
	'Huisvesting',
	'Informatie',
	'Stoepbezoeken',
	'Centrum',
	THEME
];

/** One record of every kind, entered through the screens the way a worker does. */
async function enterEveryKind(page: Page): Promise<void> {
	await addPerson(page, ALIAS);
	await registerNewPerson(page, {
		alias: 'Sentinel-Alias-VF9b',
		activity: 'Sociale kruidenier',
		theme: 'Huisvesting',
		approach: 'Informatie',
		description: 'Sentinel-omschrijving-VF9'
	});

	await openActivities(page);
	await activityCard(page, 'Soep met Babbels')
		.getByRole('button', { name: 'Nieuwe bijeenkomst' })
		.click();
	await page.getByRole('button', { name: 'Eén anoniem meer' }).click();
	await page.getByLabel('Notitie').fill('Sentinel-bijeenkomst-VF9');
	await page.getByLabel('Datum').focus();
	await expect(page.getByText('Opgeslagen.', { exact: true })).toBeVisible();

	await openActivities(page);
	await page.getByRole('link', { name: 'Outreachrondes' }).click();
	await page.getByRole('link', { name: 'Nieuwe outreachronde' }).click();
	await chip(page, 'Soort ronde', 'Stoepbezoeken').click();
	await chip(page, 'Wijken', 'Centrum').click();
	await page.getByLabel('Adressen bezocht').fill('30');
	await page.getByLabel('Gesprekken').fill('4');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: 'Outreachrondes', level: 1 })).toBeVisible();

	await page.getByRole('link', { name: 'Signalen', exact: true }).click();
	await page.getByRole('link', { name: 'Nieuw signaal' }).click();
	await page.getByLabel('Titel').fill('Sentinel-signaal-VF9');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: 'Sentinel-signaal-VF9', level: 1 })).toBeVisible();

	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	await page.getByLabel('Automatisch vergrendelen na (minuten zonder gebruik)').selectOption('7');
	await expect(page.getByRole('status').filter({ hasText: '7 minuten' })).toBeVisible();

	await openFromSettings(page, /Lijsten beheren/);
	const themes = await openList(page, "Thema's");
	await themes.getByRole('button', { name: 'Wijzig Werk', exact: true }).click();
	await themes.getByLabel('Naam (Nederlands)').fill(THEME);
	await themes.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: THEME })).toBeVisible();

	await page.getByRole('link', { name: 'Focusgroep', exact: true }).click();
	await page.getByRole('textbox', { name: 'Titel' }).fill('Sentinel-focus-VF9');
	await page.getByRole('button', { name: 'Start focusgroep' }).click();
	await page.getByRole('textbox', { name: 'Jouw inbreng' }).fill('Sentinel-inbreng-VF9');
	await page.getByRole('button', { name: 'Versturen', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();
	await page.getByRole('button', { name: 'Afsluiten' }).click();
	await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Ontgrendelen' }).click();
	await expect(page.getByText('Sentinel-inbreng-VF9')).toBeVisible();
}

test('stores every kind of record as opaque, padded rows and rotates the key with the passphrase', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createVault(page);
	await enterEveryKind(page);
	await lock(page);

	const dump = await dumpStorage(page);
	for (const word of ['Sentinel', ...KIND_NAMES, ...SINGLETONS, ...CATEGORIES]) {
		expect(dump.indexedDb, word).not.toContain(word);
	}
	const { items, legacy } = await readStoredRows(page);
	expect(legacy).toBe(0);
	// Defaults (lists, settings) plus what was entered: far more than one row per kind.
	expect(items.length).toBeGreaterThan(40);
	for (const item of items) {
		expect(item.keys).toEqual(['ciphertext', 'id', 'nonce']);
		expect(item.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect((item.ciphertextBytes - 16) % 256).toBe(0);
	}

	// Change the passphrase; renewing the data key is on by default.
	await unlock(page);
	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	await page.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
	await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(NEW_PASSPHRASE);
	await page.getByLabel('Herhaal nieuwe wachtwoordzin').fill(NEW_PASSPHRASE);
	await expect(page.getByRole('checkbox', { name: /gegevenssleutel vernieuwen/ })).toBeChecked();
	await page.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
	await expect(page.getByText('opnieuw versleuteld met een nieuwe gegevenssleutel')).toBeVisible();
	const rotated = await readStoredRows(page);
	expect(rotated.items).toHaveLength(items.length);
	const before = new Set(items.map((item) => item.id));
	expect(rotated.items.filter((item) => before.has(item.id))).toEqual([]);

	await lock(page);
	await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Ontgrendelen' }).click();
	await expect(page.getByRole('alert')).toHaveText(/klopt niet/);
	await unlock(page, NEW_PASSPHRASE);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByRole('link', { name: ALIAS, exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Signalen', exact: true }).click();
	await expect(page.getByText('Sentinel-signaal-VF9')).toBeVisible();
});

test('after erasing a person, says what remains and renews the data key on request', async ({
	page
}) => {
	await createVault(page);
	await addPerson(page, ALIAS);
	const before = await readStoredRows(page);
	await page.getByRole('link', { name: 'Verwijder persoon' }).click();
	await page.getByLabel('Alles verwijderen').check();
	await page.getByRole('button', { name: 'Verwijder persoon' }).click();
	await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
	await expect(page.getByRole('status')).toHaveText('De persoon is verwijderd.');
	await expect(page.getByText('back-ups die je eerder maakte')).toBeVisible();

	await page.getByLabel('Wachtwoordzin').fill('dit is niet de juiste zin');
	await page.getByRole('button', { name: 'Gegevenssleutel vernieuwen' }).click();
	await expect(page.getByRole('alert')).toHaveText(/klopt niet/);
	await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Gegevenssleutel vernieuwen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'vernieuwd' })).toBeVisible();

	const after = await readStoredRows(page);
	expect(after.items).toHaveLength(before.items.length - 1);
	const earlier = new Set(before.items.map((item) => item.id));
	expect(after.items.filter((item) => earlier.has(item.id))).toEqual([]);
	await lock(page);
	await unlock(page);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByText('Nog geen personen')).toBeVisible();
});
