import type { Language } from '$lib/i18n/messages';

/**
 * The languages a participant can pick, each named in itself (a French speaker looks for
 * "Français", not "Frans"). Dutch first: it is the default for every new participant.
 */
export const kioskLanguages: readonly { code: Language; name: string }[] = [
	{ code: 'nl', name: 'Nederlands' },
	{ code: 'en', name: 'English' },
	{ code: 'fr', name: 'Français' }
];

const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/** The writing direction of a language, for the kiosk root's `dir` attribute. */
export function textDirection(language: string): 'ltr' | 'rtl' {
	return rightToLeft.has(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
