import type { FocusAnswer } from '$lib/domain/focus.schema';

/**
 * How much one sealed entry may hold, so that every sealed row can have ONE size (security.md:
 * a row's size must say nothing). The participant screen and "Snel noteren" show the text
 * limit and refuse more; `sealed-entry.ts` sizes its block from these numbers.
 */

/** Characters (code points) of free text in one entry: all open answers together, or a note. */
export const KIOSK_TEXT_LIMIT = 1000;

/** Themes ticked in one entry, over all theme votes together. */
export const KIOSK_CHOICE_LIMIT = 60;

/** Prompts of a session (focusSessionSchema), so answers of one entry. */
export const KIOSK_MAX_ANSWERS = 20;

/** The longest id (idSchema: ASCII letters, digits, `-` and `_`). */
export const ID_MAX_CHARS = 64;

/**
 * The most UTF-8 bytes one character can take inside JSON: four for a character outside the
 * BMP, six for a control character or lone surrogate that JSON writes as `\uXXXX`.
 */
export const JSON_BYTES_PER_CHAR = 6;

/** Characters as a person counts them (an emoji is one), not UTF-16 code units. */
export function charCount(text: string): number {
	return Array.from(text).length;
}

/** Characters of free text in a set of answers (or drafts), as typed. */
export function answersTextLength(answers: readonly Pick<FocusAnswer, 'text'>[]): number {
	return answers.reduce((sum, answer) => sum + charCount(answer.text ?? ''), 0);
}

/** Themes ticked in a set of answers. */
export function answersChoiceCount(answers: readonly Pick<FocusAnswer, 'themeIds'>[]): number {
	return answers.reduce((sum, answer) => sum + (answer.themeIds?.length ?? 0), 0);
}

/** Why answers cannot be sealed as they are, or null when they fit. */
export function answersProblem(
	answers: readonly FocusAnswer[]
): 'tooLong' | 'tooManyThemes' | null {
	if (answersTextLength(answers) > KIOSK_TEXT_LIMIT) return 'tooLong';
	if (answersChoiceCount(answers) > KIOSK_CHOICE_LIMIT) return 'tooManyThemes';
	return null;
}
