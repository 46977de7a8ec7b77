import type { FocusAnswer, FocusPrompt } from '$lib/domain/focus.schema';

/** What a participant has filled in for one prompt, before it is sealed. */
export interface AnswerDraft {
	text: string;
	themeIds: string[];
	rating: number | null;
}

/** A blank answer for every prompt. */
export function emptyAnswers(
	prompts: readonly Pick<FocusPrompt, 'id'>[]
): Record<string, AnswerDraft> {
	return Object.fromEntries(
		prompts.map((prompt) => [prompt.id, { text: '', themeIds: [], rating: null }])
	);
}

/**
 * The answers to seal: per prompt only the field its kind asks for, and nothing for a prompt
 * left blank. The order follows the prompts, which says nothing about the participant.
 */
export function toAnswers(
	prompts: readonly Pick<FocusPrompt, 'id' | 'kind'>[],
	drafts: Readonly<Record<string, AnswerDraft>>
): FocusAnswer[] {
	return prompts.flatMap((prompt): FocusAnswer[] => {
		const draft = drafts[prompt.id];
		if (!draft) return [];
		if (prompt.kind === 'open') {
			const text = draft.text.trim();
			return text ? [{ promptId: prompt.id, text }] : [];
		}
		if (prompt.kind === 'themeVote') {
			const themeIds = [...new Set(draft.themeIds)];
			return themeIds.length > 0 ? [{ promptId: prompt.id, themeIds }] : [];
		}
		return draft.rating === null ? [] : [{ promptId: prompt.id, rating: draft.rating }];
	});
}
