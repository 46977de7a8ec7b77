import { commonMessages } from './catalog/common';
import { shellMessages } from './catalog/shell';
import { vaultMessages } from './catalog/vault';
import { vaultPasskeyMessages } from './catalog/vault-passkey';
import type { laterCatalogs } from './messages-later';
import { formatPlurals } from './plural-format';

/**
 * The messages the lock and first-run screens need, loaded with them. Every other area's
 * catalog is in `messages-later.ts` (add a new area's catalog there), loaded by
 * `loadLaterMessages` before anything behind the lock renders.
 */
const firstCatalogs = [commonMessages, vaultMessages, shellMessages, vaultPasskeyMessages] as const;
type Catalogs = readonly [...typeof firstCatalogs, ...typeof laterCatalogs];

type Merge<T extends readonly { nl: Record<string, string> }[]> = T[number]['nl'];
type NlMessages = { [K in keyof UnionToIntersection<Merge<Catalogs>>]: string };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
	x: infer I
) => void
	? I
	: never;

export type MessageKey = keyof NlMessages & string;
export const languages = ['nl', 'en', 'fr'] as const;
export type Language = (typeof languages)[number];

type Catalog = { nl: Record<string, string> } & Partial<Record<Language, Record<string, string>>>;

function mergeLanguage(
	catalogs: readonly Catalog[],
	language: Language
): Partial<Record<MessageKey, string>> {
	return Object.assign({}, ...catalogs.map((catalog) => catalog[language] ?? {}));
}

export const messages: Record<Language, Partial<Record<MessageKey, string>>> = {
	nl: mergeLanguage(firstCatalogs, 'nl'),
	en: mergeLanguage(firstCatalogs, 'en'),
	fr: mergeLanguage(firstCatalogs, 'fr')
};

let later: Promise<void> | null = null;

/**
 * Adds the catalogs of every area behind the lock to `messages`, once. The vault session,
 * the kiosk and the lock screens' secondary parts wait for it before they render.
 */
export function loadLaterMessages(): Promise<void> {
	later ??= import('./messages-later').then(({ laterCatalogs }) => {
		for (const language of languages) {
			Object.assign(messages[language], mergeLanguage(laterCatalogs, language));
		}
	});
	return later;
}

/** A lazily imported module, resolved once the later messages are there too. */
export async function withLaterMessages<T>(module: Promise<T>): Promise<T> {
	const [loaded] = await Promise.all([module, loadLaterMessages()]);
	return loaded;
}

/**
 * The text of `key` in `language`, falling back to Dutch, with plural forms chosen
 * (`plural-format.ts`) and `{name}` placeholders filled.
 */
export function translate(
	language: Language,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	const template = formatPlurals(
		messages[language][key] ?? messages.nl[key] ?? key,
		language,
		params
	);
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
