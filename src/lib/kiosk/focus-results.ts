import type { FocusInput, FocusPrompt, FocusSession } from '$lib/domain/focus.schema';
import { shuffled } from './shuffle';

/** One free-text answer and the input it belongs to (for turning it into a signal). */
export interface OpenAnswer {
	inputId: string;
	text: string;
}

/** What participants said for one prompt. */
export type PromptResult =
	| { prompt: FocusPrompt; kind: 'open'; answers: OpenAnswer[] }
	| {
			prompt: FocusPrompt;
			kind: 'themeVote';
			voters: number;
			votes: { themeId: string; count: number }[];
	  }
	| {
			prompt: FocusPrompt;
			kind: 'rating';
			count: number;
			mean: number | null;
			distribution: number[];
	  };

/**
 * Per prompt of a session: the free answers in random order (`order` may keep one random
 * order for a whole page visit), the votes per theme (most
 * first, then by name), and the mean rating with how often each face was chosen. Nothing
 * here depends on the order the inputs were stored or given in.
 */
export function promptResults(
	session: FocusSession,
	inputs: readonly FocusInput[],
	labelOf: (themeId: string) => string,
	order: (answers: OpenAnswer[]) => OpenAnswer[] = shuffled
): PromptResult[] {
	const own = inputs.filter((input) => input.focusSessionId === session.id);
	return session.prompts.map((prompt): PromptResult => {
		const answers = own.flatMap((input) =>
			input.answers
				.filter((answer) => answer.promptId === prompt.id)
				.map((answer) => ({ input, answer }))
		);
		if (prompt.kind === 'open') {
			const texts = answers.flatMap(({ input, answer }) =>
				answer.text?.trim() ? [{ inputId: input.id, text: answer.text.trim() }] : []
			);
			return { prompt, kind: 'open', answers: order(texts) };
		}
		if (prompt.kind === 'themeVote') {
			const counts = new Map<string, number>();
			let voters = 0;
			for (const { answer } of answers) {
				const chosen = new Set(answer.themeIds ?? []);
				if (chosen.size > 0) voters += 1;
				for (const id of chosen) counts.set(id, (counts.get(id) ?? 0) + 1);
			}
			const votes = [...counts]
				.map(([themeId, count]) => ({ themeId, count }))
				.sort(
					(a, b) => b.count - a.count || labelOf(a.themeId).localeCompare(labelOf(b.themeId), 'nl')
				);
			return { prompt, kind: 'themeVote', voters, votes };
		}
		const distribution = [0, 0, 0, 0, 0];
		let sum = 0;
		for (const { answer } of answers) {
			if (answer.rating === undefined) continue;
			distribution[answer.rating - 1] = (distribution[answer.rating - 1] ?? 0) + 1;
			sum += answer.rating;
		}
		const count = distribution.reduce((total, n) => total + n, 0);
		return { prompt, kind: 'rating', count, mean: count > 0 ? sum / count : null, distribution };
	});
}
