import type { Translations } from '$lib/domain/participant-language';
import type { KioskLanguage } from './kiosk-language';

/** A worker's text as the participant sees it: the words, their language, and whether it fell back. */
export interface ShownText {
	text: string;
	lang: KioskLanguage;
	/** True when the participant chose another language and sees the Dutch source instead. */
	inDutch: boolean;
}

/**
 * The worker's title or question in the participant's language when the worker translated
 * it, otherwise the Dutch source, marked as Dutch so the screen can say so and a screen
 * reader or voice reads it as Dutch.
 */
export function shownText(
	source: string,
	translations: Translations | undefined,
	language: KioskLanguage
): ShownText {
	if (language === 'nl') return { text: source, lang: 'nl', inDutch: false };
	const translated = translations?.[language]?.trim();
	if (translated) return { text: translated, lang: language, inDutch: false };
	return { text: source, lang: 'nl', inDutch: true };
}

/**
 * Translations as the worker left them, ready to store: trimmed, empty ones dropped, only
 * the given languages; undefined when nothing is left, so untranslated records stay as they were.
 */
export function cleanTranslations(
	translations: Translations | undefined,
	languages: readonly string[]
): Record<string, string> | undefined {
	const entries = languages
		.map((language) => [language, translations?.[language]?.trim() ?? ''] as const)
		.filter(([, text]) => text !== '');
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
