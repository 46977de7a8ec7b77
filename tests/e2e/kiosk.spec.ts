import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expectKiosk, kioskWords, participate, visibleText } from './support/kiosk';
import { openNav } from './support/nav';
import { chip, helpRequest, openPerson } from './support/registration';
import { dumpStorage } from './support/storage-dump';
import { createVault, lock, PASSPHRASE, setQuickLists, unlock } from './support/vault';

const TITLE = 'Buurtgesprek lente';
const INPUTS = {
	nl: 'Sentinel-kiosk-NL: de speeltuin is al maanden kapot',
	en: 'Sentinel-kiosk-EN: the bus stop has no shelter',
	fr: 'Sentinel-kiosk-FR: le loyer est beaucoup trop cher'
};
const SCRATCH = '/work/main/.scratch';

test.describe('focus-group kiosk on a tablet', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('runs locked, keeps no input readable, stays put, and shows the results after unlock', async ({
		page
	}) => {
		await createVault(page);
		await page.getByRole('link', { name: 'Focusgroep', exact: true }).click();
		await page.screenshot({ path: `${SCRATCH}/focus-setup-tablet.png`, fullPage: true });
		await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
		await page.getByRole('button', { name: 'Themastemming toevoegen' }).click();
		await page.getByLabel('Vraag 2 (themastemming)').fill('Welke thema’s vind jij belangrijk?');
		await page.getByRole('button', { name: 'Beoordeling toevoegen' }).click();
		await page.getByLabel('Vraag 3 (beoordeling 1–5)').fill('Hoe welkom voel je je bij De Stek?');
		await page.getByRole('button', { name: 'Start focusgroep' }).click();

		// The app locked and reloaded into the kiosk: only the participant screen is left.
		await expectKiosk(page, TITLE);
		await expect(page.getByText('Schrijf geen namen')).toBeVisible();
		await expect(page.getByRole('textbox', { name: /naam/i })).toHaveCount(0);
		await expect(page.getByText('Deelnemers: 0')).toBeVisible();
		await expectNoSeriousA11yViolations(page);
		await page.screenshot({ path: `${SCRATCH}/kiosk-tablet.png`, fullPage: true });
		const kioskRoot = page.getByRole('main');
		await kioskRoot.evaluate((element) => element.setAttribute('dir', 'rtl'));
		await page.screenshot({ path: `${SCRATCH}/kiosk-tablet-rtl.png` });
		await kioskRoot.evaluate((element) => element.setAttribute('dir', 'ltr'));

		// Large touch targets: every button, theme tile and face is at least 56 px high.
		const heights = await page
			.locator(
				'main button, main label:has(input[type=checkbox]), main label:has(input[type=radio])'
			)
			.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(20);
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(56);

		await participate(page, {
			language: 'Nederlands',
			text: INPUTS.nl,
			themes: ['Huisvesting', 'Energie'],
			rating: 'Goed'
		});
		// The thank-you screen clears itself for the next person.
		await expect(page.getByRole('textbox', { name: 'Jouw inbreng' })).toHaveValue('');
		await expect(page.getByText('Deelnemers: 1')).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Huisvesting' })).not.toBeChecked();
		expect(await visibleText(page)).not.toContain(INPUTS.nl);

		// The text limit is shown, and longer input is refused with a message, nothing sealed.
		const box = page.getByRole('textbox', { name: 'Jouw inbreng' });
		await expect(page.getByText('Tekens over: 1000')).toBeVisible();
		await box.fill('x'.repeat(1005));
		await expect(page.getByText('Tekens te veel: 5')).toBeVisible();
		await page.getByRole('button', { name: 'Versturen' }).click();
		await expect(page.getByRole('alert')).toContainText('Je tekst is te lang');
		await expect(page.getByText('Deelnemers: 1')).toBeVisible();
		await box.fill('');

		await participate(page, {
			language: 'English',
			text: INPUTS.en,
			themes: ['Housing'],
			rating: 'Very good'
		});
		await page.getByRole('button', { name: kioskWords.English.next }).click();
		await expect(page.getByRole('textbox', { name: 'Jouw inbreng' })).toHaveValue('');
		for (const earlier of [INPUTS.nl, INPUTS.en])
			expect(await visibleText(page)).not.toContain(earlier);

		await participate(page, {
			language: 'Français',
			text: INPUTS.fr,
			themes: ['Énergie', 'Mobilité'],
			rating: 'Bien'
		});
		await page.getByRole('button', { name: kioskWords.Français.next }).click();
		await expect(page.getByText('Deelnemers: 3')).toBeVisible();
		for (const earlier of Object.values(INPUTS))
			expect(await visibleText(page)).not.toContain(earlier);

		// Typed addresses, the back button and a reload all stay inside the kiosk.
		for (const path of ['/personen', '/rapport', '/instellingen']) {
			await page.goto(path);
			await expectKiosk(page, TITLE);
		}
		await page.goBack();
		await expectKiosk(page, TITLE);
		await page.reload();
		await expectKiosk(page, TITLE);
		await expect(page.getByText('Deelnemers: 3')).toBeVisible();
		for (const earlier of Object.values(INPUTS))
			expect(await visibleText(page)).not.toContain(earlier);

		// Nothing anyone typed is stored in clear; three sealed rows wait for the worker.
		const dump = await dumpStorage(page);
		for (const text of Object.values(INPUTS)) {
			for (const part of ['Sentinel', text]) {
				expect(dump.indexedDb).not.toContain(part);
				expect(dump.webStorage).not.toContain(part);
				expect(dump.cacheStorage).not.toContain(part);
			}
		}
		expect(dump.indexedDb).toContain('stekboek/sealed (3)');
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['stekboek.kiosk']);

		// A wrong passphrase keeps the kiosk.
		await page.getByRole('button', { name: 'Afsluiten' }).click();
		await page.getByLabel('Wachtwoordzin').fill('dit is niet de goede wachtwoordzin');
		await page.getByRole('button', { name: 'Ontgrendelen' }).click();
		await expect(page.getByRole('alert')).toContainText('klopt niet');
		await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);
		await page.reload();
		await expectKiosk(page, TITLE);

		// The right one opens the results: every input, the votes, the mean, the headcount.
		await page.getByRole('button', { name: 'Afsluiten' }).click();
		await page.getByLabel('Wachtwoordzin').fill(PASSPHRASE);
		await page.getByRole('button', { name: 'Ontgrendelen' }).click();
		await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
		await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
		for (const text of Object.values(INPUTS)) await expect(page.getByText(text)).toBeVisible();
		await expect(page.getByRole('row', { name: /Huisvesting/ })).toContainText('2');
		await expect(page.getByRole('row', { name: /Energie/ })).toContainText('2');
		await expect(page.getByRole('row', { name: /Mobiliteit/ })).toContainText('1');
		await expect(page.getByText('Gemiddeld 4,3 op 5, uit 3 antwoorden.')).toBeVisible();
		await expect(page.getByLabel('Aantal deelnemers')).toHaveValue('3');
		await page.screenshot({ path: `${SCRATCH}/kiosk-results.png`, fullPage: true });

		// The sealed rows were taken in and removed; an input becomes a signal.
		expect((await dumpStorage(page)).indexedDb).toContain('stekboek/sealed (0)');
		const answer = page.getByRole('listitem').filter({ hasText: INPUTS.nl });
		await answer.getByRole('button', { name: 'Maak signaal' }).click();
		await answer.getByRole('textbox', { name: 'Titel' }).fill('Speeltuin Zandberg kapot');
		await answer.getByRole('button', { name: 'Opslaan' }).click();
		await expect(answer.getByRole('link', { name: 'Speeltuin Zandberg kapot' })).toBeVisible();
		await answer.getByRole('link', { name: 'Speeltuin Zandberg kapot' }).click();
		// The signal page lists the input as its evidence.
		const evidence = page.getByRole('listitem').filter({ hasText: INPUTS.nl });
		await expect(evidence).toContainText('Inbreng uit een focusgroep');

		// Kiosk mode is over: a reload shows the ordinary lock screen, and the kiosk's config,
		// the one thing a running kiosk keeps in web storage, is gone.
		await lock(page);
		await expect(page.getByRole('button', { name: 'Afsluiten' })).toHaveCount(0);
		expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
	});
});

test.describe('quick capture on a locked phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	const NOTE = 'Sentinel-snel-QC: vraagt naar de energiepremie';
	const ALIAS = 'Sentinel-Alias-QC';

	test('is sealed while locked and completed into a full contact after unlock', async ({
		page
	}) => {
		await createVault(page);
		await setQuickLists(page, true);
		await lock(page);
		await page.getByRole('button', { name: 'Snel noteren' }).click();
		await page.getByLabel('Activiteit of plaats').selectOption({ label: 'Huisbezoek' });
		await page.getByLabel('Thema').selectOption({ label: 'Energie' });
		await page.getByLabel('Korte notitie').fill(NOTE);
		await page.getByRole('button', { name: 'Versleuteld bewaren' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Genoteerd.' })).toBeVisible();
		await expect(page.getByLabel('Korte notitie')).toHaveValue('');
		await page.screenshot({ path: `${SCRATCH}/quick-capture-phone.png`, fullPage: true });

		const dump = await dumpStorage(page);
		for (const text of [NOTE, 'Sentinel']) {
			expect(dump.indexedDb).not.toContain(text);
			expect(dump.webStorage).not.toContain(text);
		}
		expect(dump.indexedDb).toContain('stekboek/sealed (1)');

		await unlock(page);
		await expect(page.getByText('Snel genoteerd (1)')).toBeVisible();
		await expect(page.getByText(NOTE)).toBeVisible();
		await page.screenshot({ path: `${SCRATCH}/quick-capture-drafts.png`, fullPage: true });
		await page.getByRole('button', { name: 'Aanvullen' }).click();

		await expect(page.getByRole('heading', { name: 'Registreren', exact: true })).toBeVisible();
		await expect(page.getByLabel('Notitie', { exact: true })).toHaveValue(NOTE);
		await page.getByRole('button', { name: 'Nieuwe persoon', exact: true }).click();
		await page.getByLabel('Roepnaam of initialen').fill(ALIAS);
		const request = helpRequest(page, 1);
		await expect(chip(request, 'Thema', 'Energie')).toHaveAttribute('aria-pressed', 'true');
		await chip(request, 'Aanpak', 'Informatie').click();
		await page.getByRole('button', { name: 'Contact opslaan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Contact opgeslagen' })).toBeVisible();
		await expect(page.getByText(/Snel genoteerd/)).toHaveCount(0);

		await openNav(page, 'Focusgroep');
		await expect(page.getByRole('button', { name: 'Start focusgroep' })).toBeVisible();
		await page.screenshot({ path: `${SCRATCH}/focus-setup-phone.png`, fullPage: true });

		await openPerson(page, ALIAS);
		await expect(page.getByRole('heading', { level: 3, name: /Huisbezoek/ })).toBeVisible();
		await expect(page.getByText('Energie', { exact: true })).toBeVisible();
	});
});
