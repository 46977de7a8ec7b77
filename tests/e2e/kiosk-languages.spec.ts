import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createVault } from './support/vault';

const TITLE = 'Buurtgesprek Zandberg';
const TITLE_AR = 'حديث حي زاندبرخ';
const RATING = 'Hoe welkom voel je je bij De Stek?';
const RATING_AR = 'هل تشعر بالترحيب في دي ستيك؟';
const MISSING = 'Wat mist er in de buurt?';

/**
 * Stands in for the browser's speech: the voices come from sessionStorage (so the test can
 * change them and fire `voiceschanged`), and what is spoken is kept in `window.spoken`.
 */
async function stubSpeech(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const events = new EventTarget();
		const spoken: { text: string; voice: string; lang: string }[] = [];
		class Utterance {
			text: string;
			voice: { name: string } | null = null;
			lang = '';
			constructor(text: string) {
				this.text = text;
			}
		}
		const speech = {
			getVoices: () => JSON.parse(sessionStorage.getItem('test-voices') ?? '[]') as unknown[],
			speak: (utterance: Utterance) =>
				spoken.push({
					text: utterance.text,
					voice: utterance.voice?.name ?? '',
					lang: utterance.lang
				}),
			cancel: () => {},
			addEventListener: events.addEventListener.bind(events),
			removeEventListener: events.removeEventListener.bind(events),
			dispatchEvent: events.dispatchEvent.bind(events)
		};
		Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: Utterance,
			configurable: true
		});
		Object.defineProperty(window, 'spoken', { value: spoken });
	});
}

async function setVoices(page: Page, voices: object[]): Promise<void> {
	await page.evaluate((list) => {
		sessionStorage.setItem('test-voices', JSON.stringify(list));
		speechSynthesis.dispatchEvent(new Event('voiceschanged'));
	}, voices);
}

/** A focus group with a translated title and question, one question left in Dutch. */
async function startTranslatedKiosk(page: Page): Promise<void> {
	await createVault(page);
	await page.getByRole('link', { name: 'Focusgroep', exact: true }).click();
	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	await page.getByRole('button', { name: 'Beoordeling toevoegen' }).click();
	await page.getByLabel('Vraag 2 (beoordeling 1–5)').fill(RATING);
	await page.getByRole('button', { name: 'Open vraag toevoegen' }).click();
	await page.getByLabel('Vraag 3 (open vraag)').fill(MISSING);
	await page.getByText('Vertalingen voor deelnemers').click();
	await page.getByRole('button', { name: /^Arabisch/ }).click();
	await expect(page.getByText('Vraag 1 is de standaardvraag: die is al vertaald.')).toBeVisible();
	const title = page.getByRole('textbox', { name: 'Arabisch: naam van de focusgroep' });
	await expect(title).toHaveAttribute('dir', 'rtl');
	await title.fill(TITLE_AR);
	await page.getByRole('textbox', { name: 'Arabisch: vraag 2' }).fill(RATING_AR);
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Start focusgroep' }).click();
	await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
}

test.describe('the kiosk in the participants’ languages', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	test('shows an Arabic translation right to left with the Arabic interface, and the untranslated question in marked Dutch', async ({
		page
	}) => {
		await stubSpeech(page);
		await startTranslatedKiosk(page);
		for (const name of [
			'English',
			'Français',
			'Türkçe',
			'Українська',
			'Română',
			'Български',
			'Polski'
		]) {
			await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
		}
		await page.getByRole('button', { name: 'العربية', exact: true }).click();

		const kiosk = page.getByRole('main');
		await expect(kiosk).toHaveAttribute('dir', 'rtl');
		await expect(kiosk).toHaveAttribute('lang', 'ar');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_AR);
		await expect(page.getByText(TITLE_AR)).toHaveAttribute('lang', 'ar');
		// The interface: the standard question, the answer box and the send button in Arabic.
		await expect(page.getByRole('heading', { name: 'ماذا تريد أن تقول لنا؟' })).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'رأيك' })).toHaveCount(2);
		await expect(page.getByRole('button', { name: 'إرسال', exact: true })).toBeVisible();
		await expect(page.getByRole('group', { name: RATING_AR })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'جيد جدًا' })).toBeVisible();
		// The question nobody translated stays Dutch, and says so.
		const missing = page.getByRole('heading', { name: MISSING });
		await expect(missing).toContainText('Nederlands');
		await expect(missing.getByText(MISSING)).toHaveAttribute('lang', 'nl');
		await expect(missing.getByText('Nederlands', { exact: true })).toHaveAttribute('lang', 'nl');
		await expectNoSeriousA11yViolations(page);
		await page.screenshot({ path: test.info().outputPath('kiosk-ar.png'), fullPage: true });

		// Turkish was not translated at all: title and questions fall back visibly to Dutch,
		// the interface speaks Turkish.
		await page.getByRole('button', { name: 'Türkçe', exact: true }).click();
		await expect(kiosk).toHaveAttribute('dir', 'ltr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE} Nederlands`);
		await expect(page.getByRole('group', { name: `${RATING} Nederlands` })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Gönder', exact: true })).toBeVisible();
		// Three tags (title, rating, open question) besides the language button itself.
		await expect(page.getByText('Nederlands', { exact: true })).toHaveCount(4);
		await page.screenshot({ path: test.info().outputPath('kiosk-tr.png'), fullPage: true });
	});

	test('offers read-aloud only with a voice on the device, and reads with that voice', async ({
		page
	}) => {
		await stubSpeech(page);
		await startTranslatedKiosk(page);
		await page.getByRole('button', { name: 'العربية', exact: true }).click();
		const readAloud = page.getByRole('button', { name: 'اقرأ بصوت عالٍ' });
		await expect(page.getByRole('button', { name: 'إرسال', exact: true })).toBeVisible();
		await expect(readAloud).toHaveCount(0);

		// A cloud voice would send the question away: still no button.
		await setVoices(page, [
			{ name: 'Cloud Arabic', lang: 'ar-SA', localService: false },
			{ name: 'Cloud Dutch', lang: 'nl-NL', localService: false }
		]);
		await expect(readAloud).toHaveCount(0);

		// An Arabic voice on the device: a button for each question shown in Arabic; the
		// question still in Dutch has none, since only a cloud voice speaks Dutch here.
		await setVoices(page, [
			{ name: 'Cloud Arabic', lang: 'ar-SA', localService: false },
			{ name: 'Device Arabic', lang: 'ar-SA', localService: true },
			{ name: 'Cloud Dutch', lang: 'nl-NL', localService: false }
		]);
		await expect(readAloud).toHaveCount(2);
		await readAloud.nth(1).click();
		const spoken = await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
		expect(spoken).toEqual([{ text: RATING_AR, voice: 'Device Arabic', lang: 'ar-SA' }]);

		// In Dutch the participant screen reads Dutch once a Dutch voice is on the device.
		await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(0);
		await setVoices(page, [{ name: 'Device Dutch', lang: 'nl-BE', localService: true }]);
		await expect(page.getByRole('button', { name: 'Lees voor' })).toHaveCount(3);
		await expectNoSeriousA11yViolations(page);
	});
});
