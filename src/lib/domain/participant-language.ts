import { z } from 'zod';

/**
 * The languages a focus-group participant can choose at the kiosk. Dutch is the source:
 * the worker writes title and questions in Dutch, and may translate them into the others.
 */
export const participantLanguages = ['nl', 'en', 'fr', 'ar', 'tr', 'uk', 'ro', 'bg', 'pl'] as const;
export type ParticipantLanguage = (typeof participantLanguages)[number];

/** The languages a worker can translate into: every participant language but Dutch. */
export const translationLanguages = participantLanguages.filter(
	(language): language is Exclude<ParticipantLanguage, 'nl'> => language !== 'nl'
);

/**
 * Translations of one text, by language code. Keys are any short language code, not only
 * today's list, so a record written by a later version with more languages still reads;
 * the kiosk shows only the languages it knows.
 */
export function translationsSchema(maxLength: number) {
	return z
		.record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1).max(maxLength))
		.refine((translations) => Object.keys(translations).length <= 30, 'too many languages');
}

export type Translations = Partial<Record<string, string>>;
