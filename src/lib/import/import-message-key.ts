import { importMessages } from '$lib/i18n/catalog/import';
import type { ImportIssueCode } from './import-types';

export type ImportMessageKey = `import.${ImportIssueCode}`;

/** Fails to compile when an issue code has no Dutch message. */
const everyCodeHasAMessage: Record<ImportMessageKey, string> = importMessages.nl;

/** The message key of an issue code; fill it with the issue's `params`. */
export function importMessageKey(code: ImportIssueCode): ImportMessageKey {
	return everyCodeHasAMessage[`import.${code}`] === undefined
		? 'import.unexpected'
		: `import.${code}`;
}
