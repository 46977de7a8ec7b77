import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { focusSessionSchema } from '$lib/domain/focus.schema';
import { participantLanguages } from '$lib/domain/participant-language';
import { participantKeys, participantMessages } from '$lib/i18n/catalog/kiosk-participant';
import { translate } from '$lib/i18n/messages';
import {
	kioskConfigFor,
	readKioskConfig,
	standardPromptText,
	writeKioskConfig
} from './kiosk-config';
import { kioskLanguages, kioskText, textDirection } from './kiosk-language';
import { memoryStorage } from '$test-support/kiosk/kiosk-test-kit';
import { kioskThemes } from './kiosk-themes';
import { cleanTranslations, shownText } from './kiosk-translation';

describe('shownText', () => {
	const translations = { ar: 'كيف كان يومك؟', tr: '  ' };

	it('shows the translation of the chosen language in that language', () => {
		expect(shownText('Hoe was je dag?', translations, 'ar')).toEqual({
			text: 'كيف كان يومك؟',
			lang: 'ar',
			inDutch: false
		});
	});

	it('falls back to the Dutch source, marked as Dutch, when a translation is missing or blank', () => {
		for (const language of ['tr', 'uk', 'en'] as const) {
			expect(shownText('Hoe was je dag?', translations, language)).toEqual({
				text: 'Hoe was je dag?',
				lang: 'nl',
				inDutch: true
			});
		}
		expect(shownText('Hoe was je dag?', undefined, 'pl').inDutch).toBe(true);
	});

	it('shows Dutch to a Dutch participant without a mark', () => {
		expect(shownText('Hoe was je dag?', translations, 'nl')).toEqual({
			text: 'Hoe was je dag?',
			lang: 'nl',
			inDutch: false
		});
	});
});

describe('cleanTranslations', () => {
	it('trims, drops empty and unknown languages, and gives undefined when nothing is left', () => {
		expect(cleanTranslations({ ar: ' نص ', tr: '', xx: 'x' }, ['ar', 'tr'])).toEqual({ ar: 'نص' });
		expect(cleanTranslations({ tr: '   ' }, ['ar', 'tr'])).toBeUndefined();
		expect(cleanTranslations(undefined, ['ar'])).toBeUndefined();
	});
});

describe('kioskText', () => {
	it('gives the participant screen in every participant language', () => {
		expect(kioskText('ar', 'kiosk.submit')).toBe('إرسال');
		expect(kioskText('pl', 'kiosk.headcount', { count: 4 })).toBe('Uczestnicy: 4');
		expect(kioskText('fr', 'kiosk.submit')).toBe('Envoyer');
		expect(kioskText('nl', 'kiosk.input')).toBe('Jouw inbreng');
	});

	it('falls back to Dutch for a word the participant catalog does not have', () => {
		expect(kioskText('uk', 'kiosk.close')).toBe(translate('nl', 'kiosk.close'));
	});

	it('has every participant word, with the same placeholders, in every extra language', () => {
		for (const [language, catalog] of Object.entries(participantMessages)) {
			for (const key of participantKeys) {
				const text = catalog[key];
				expect(text.trim(), `${language} ${key}`).not.toBe('');
				const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
				expect(placeholders(text), `${language} ${key}`).toEqual(
					placeholders(translate('nl', key))
				);
			}
		}
	});

	it('offers every participant language in the picker, Arabic right to left', () => {
		expect(kioskLanguages.map((item) => item.code)).toEqual([...participantLanguages]);
		expect(textDirection('ar')).toBe('rtl');
		expect(textDirection('uk')).toBe('ltr');
	});
});

describe('translations in records and the kiosk config', () => {
	const session = {
		id: 'session-1',
		date: '2024-05-02',
		title: 'Buurtgesprek',
		titleTranslations: { ar: 'حديث الحي' },
		prompts: [
			{ id: 'prompt-open', kind: 'open' as const, text: standardPromptText() },
			{
				id: 'prompt-rate',
				kind: 'rating' as const,
				text: 'Hoe welkom voel je je?',
				translations: { tr: 'Kendinizi ne kadar hoş karşılanmış hissediyorsunuz?' }
			}
		],
		headcount: 0
	};

	it('carries the translations of title and prompts to the running kiosk', () => {
		const storage = memoryStorage();
		const config = kioskConfigFor(
			session,
			kioskThemes(defaultTaxonomy()),
			standardPromptText(),
			new Uint8Array(32).fill(7)
		);
		writeKioskConfig(storage, config);
		const read = readKioskConfig(storage);
		expect(read?.titleTranslations).toEqual({ ar: 'حديث الحي' });
		expect(read?.prompts[1]?.translations).toEqual(session.prompts[1]?.translations);
	});

	it('still reads a session without translations, and one with a language it does not know', () => {
		const plain = focusSessionSchema.safeParse({ ...session, titleTranslations: undefined });
		expect(plain.success && plain.data).not.toHaveProperty('titleTranslations.ar');
		expect(plain.success).toBe(true);
		const later = { ...session, titleTranslations: { so: 'Wada hadal xaafadda' } };
		expect(focusSessionSchema.safeParse(later).success).toBe(true);
	});

	it('refuses a translation that is too long or not a language code', () => {
		const long = { ...session, titleTranslations: { ar: 'x'.repeat(201) } };
		expect(focusSessionSchema.safeParse(long).success).toBe(false);
		const odd = { ...session, titleTranslations: { 'ar|x': 'y' } };
		expect(focusSessionSchema.safeParse(odd).success).toBe(false);
	});
});
