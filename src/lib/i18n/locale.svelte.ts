import { languages, translate, type Language, type MessageKey } from './messages';

const STORAGE_KEY = 'stekboek.language';

function storedLanguage(): Language {
	try {
		const value = globalThis.localStorage?.getItem(STORAGE_KEY);
		return languages.find((language) => language === value) ?? 'nl';
	} catch {
		return 'nl';
	}
}

/**
 * The app's language. Kept in localStorage (it is not personal) so that even the lock
 * screen speaks the worker's language.
 */
class Locale {
	current = $state<Language>(storedLanguage());

	set(language: Language): void {
		this.current = language;
		document.documentElement.lang = language;
		try {
			localStorage.setItem(STORAGE_KEY, language);
		} catch {
			// Without storage the choice lasts for this visit only.
		}
	}
}

export const locale = new Locale();

/** The message `key` in the current language; reactive inside components. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
	return translate(locale.current, key, params);
}
