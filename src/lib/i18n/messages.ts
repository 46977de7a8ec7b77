import { activitiesMessages } from './catalog/activities';
import { backupMessages } from './catalog/backup';
import { commonMessages } from './catalog/common';
import { focusMessages } from './catalog/focus';
import { followUpMessages } from './catalog/followup';
import { importMessages } from './catalog/import';
import { kioskMessages } from './catalog/kiosk';
import { outreachMessages } from './catalog/outreach';
import { personsMessages } from './catalog/persons';
import { profileMessages } from './catalog/profile';
import { registrationMessages } from './catalog/registration';
import { reportMessages } from './catalog/report';
import { reportContentMessages } from './catalog/report-content';
import { reportDocumentMessages } from './catalog/report-document';
import { settingsMessages } from './catalog/settings';
import { shellMessages } from './catalog/shell';
import { signalsMessages } from './catalog/signals';
import { taxonomyMessages } from './catalog/taxonomy';
import { vaultMessages } from './catalog/vault';
import { vaultKeysMessages } from './catalog/vault-keys';
import { formatPlurals } from './plural-format';
import { vaultPasskeyMessages } from './catalog/vault-passkey';

/**
 * Every message of the app, merged from the catalogs in `catalog/`. Add a catalog here
 * when a new area of the app gets its own file.
 */
const catalogs = [
	commonMessages,
	vaultMessages,
	shellMessages,
	profileMessages,
	personsMessages,
	settingsMessages,
	registrationMessages,
	followUpMessages,
	activitiesMessages,
	outreachMessages,
	signalsMessages,
	taxonomyMessages,
	importMessages,
	reportMessages,
	reportContentMessages,
	reportDocumentMessages,
	focusMessages,
	kioskMessages,
	backupMessages,
	vaultKeysMessages,
	vaultPasskeyMessages
] as const;

type Merge<T extends readonly { nl: Record<string, string> }[]> = T[number]['nl'];
type NlMessages = { [K in keyof UnionToIntersection<Merge<typeof catalogs>>]: string };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
	x: infer I
) => void
	? I
	: never;

export type MessageKey = keyof NlMessages & string;
export const languages = ['nl', 'en', 'fr'] as const;
export type Language = (typeof languages)[number];

function mergeLanguage(language: Language): Partial<Record<MessageKey, string>> {
	return Object.assign({}, ...catalogs.map((catalog) => catalog[language as 'nl'] ?? {}));
}

export const messages: Record<Language, Partial<Record<MessageKey, string>>> = {
	nl: mergeLanguage('nl'),
	en: mergeLanguage('en'),
	fr: mergeLanguage('fr')
};

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
