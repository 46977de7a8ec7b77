import { describe, expect, it } from 'vitest';
import { importMessages } from '$lib/i18n/catalog/import';
import { importMessageKey } from './import-message-key';
import type { ImportIssueCode } from './import-types';

const codes: ImportIssueCode[] = [
	'emptyFile',
	'missingColumns',
	'duplicateColumn',
	'unclosedQuote',
	'tooManyRows',
	'unreadable',
	'missingDate',
	'invalidDate',
	'missingActivity',
	'invalidValue',
	'missingApproach',
	'helpWithoutTheme',
	'tooManyFields',
	'badQuotes',
	'valueTooLong',
	'ambiguousPerson',
	'undecidedLabel',
	'unknownTarget',
	'invalidRecord',
	'unexpected'
];

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('import messages', () => {
	it('has a Dutch and an English message for every issue code', () => {
		for (const code of codes) {
			const key = importMessageKey(code);
			expect(importMessages.nl[key]).toBeTruthy();
			expect(importMessages.en[key]).toBeTruthy();
		}
		// `import.page.*` are the texts of the import page itself, not issue messages.
		const issueKeys = Object.keys(importMessages.nl).filter(
			(key) => !key.startsWith('import.page.')
		);
		expect(issueKeys.sort()).toEqual(codes.map((code) => `import.${code}`).sort());
	});

	it('uses the same placeholders in both languages (English names the English columns)', () => {
		for (const key of Object.keys(importMessages.nl) as (keyof typeof importMessages.nl)[]) {
			const english = placeholders(importMessages.en[key]).map((name) =>
				name === 'columnsEn' ? 'columns' : name
			);
			expect(english, key).toEqual(placeholders(importMessages.nl[key]));
		}
	});

	it('names the line in every message about a row', () => {
		const rowCodes = codes.slice(6, 16);
		for (const code of rowCodes)
			expect(importMessages.nl[importMessageKey(code)]).toMatch(/^Regel \{line\}: /);
	});
});
