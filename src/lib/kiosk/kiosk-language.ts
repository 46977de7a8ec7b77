import type { ParticipantLanguage } from '$lib/domain/participant-language';
import {
	participantKeys,
	participantMessages,
	type ParticipantKey
} from '$lib/i18n/catalog/kiosk-participant';
import { translate, type MessageKey } from '$lib/i18n/messages';

export type KioskLanguage = ParticipantLanguage;

/**
 * The languages a participant can pick, each named in itself (a French speaker looks for
 * "Français", not "Frans"). Dutch first: it is the default for every new participant.
 */
export const kioskLanguages: readonly { code: KioskLanguage; name: string }[] = [
	{ code: 'nl', name: 'Nederlands' },
	{ code: 'en', name: 'English' },
	{ code: 'fr', name: 'Français' },
	{ code: 'ar', name: 'العربية' },
	{ code: 'tr', name: 'Türkçe' },
	{ code: 'uk', name: 'Українська' },
	{ code: 'ro', name: 'Română' },
	{ code: 'bg', name: 'Български' },
	{ code: 'pl', name: 'Polski' }
];

/** The name of Dutch in Dutch: the tag on a text shown untranslated. */
export const DUTCH_NAME = 'Nederlands';

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/** The writing direction of a language, for the kiosk root's `dir` attribute. */
export function textDirection(language: string): 'ltr' | 'rtl' {
	return rightToLeft.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

const participantKeySet: ReadonlySet<string> = new Set(participantKeys);

/**
 * A word of the participant screen in the participant's language: the app's own catalogs
 * for nl, en and fr, the reviewed participant catalog for the others, Dutch when missing.
 */
export function kioskText(
	language: KioskLanguage,
	key: MessageKey,
	params?: Record<string, string | number>
): string {
	if (language === 'nl' || language === 'en' || language === 'fr') {
		return translate(language, key, params);
	}
	const template = participantKeySet.has(key)
		? participantMessages[language][key as ParticipantKey]
		: undefined;
	if (template === undefined) return translate('nl', key, params);
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		params && name in params ? String(params[name]) : whole
	);
}
