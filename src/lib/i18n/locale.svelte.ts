import { languages, translate, type Language, type MessageKey } from './messages';

/** Where earlier releases kept the language in clear; removed at start. */
const LEGACY_STORAGE_KEY = 'stekboek.language';

function forgetLegacyLanguage(): void {
	try {
		globalThis.localStorage?.removeItem(LEGACY_STORAGE_KEY);
	} catch {
		// Without storage there is nothing to forget.
	}
}

/**
 * The app's language. It is not personal, but security.md allows nothing in clear on the
 * device but the vault header, so it is not written to web storage: the lock screen is
 * always Dutch, the product's language, and the worker's choice is kept in the encrypted
 * settings and set again at every unlock (`unlocked-shell.svelte`).
 */
class Locale {
	current = $state<Language>('nl');

	constructor() {
		forgetLegacyLanguage();
	}

	set(language: Language): void {
		if (!languages.includes(language)) return;
		this.current = language;
		document.documentElement.lang = language;
	}
}

export const locale = new Locale();

/** The message `key` in the current language; reactive inside components. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(locale.current, key, params);
}
