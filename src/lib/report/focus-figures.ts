import type { FocusInput, FocusPrompt, FocusSession } from '$lib/domain/focus.schema';
import type { ExactReport, RatingSum } from './exact-report.schema';
import { inPeriod, type Period } from './period';
import type { CategoryList } from './taxonomy-index';

/**
 * Focus groups held in the period. An input counts once under each theme it chose in a
 * theme vote; ratings are summed per prompt text, so a prompt reused across sessions (and
 * devices) gets one mean. Answers that do not match their prompt's kind are ignored.
 */
export function focusFigures(
	sessions: readonly FocusSession[],
	inputs: readonly FocusInput[],
	themes: CategoryList,
	period: Period
): ExactReport['focusGroups'] {
	const promptsBySession = new Map<string, Map<string, FocusPrompt>>();
	const ratings = new Map<string, RatingSum>();
	let sessionCount = 0;
	let headcount = 0;
	for (const session of sessions) {
		if (!inPeriod(session.date, period)) continue;
		sessionCount += 1;
		headcount += session.headcount;
		promptsBySession.set(session.id, new Map(session.prompts.map((p) => [p.id, p])));
		for (const prompt of session.prompts)
			if (prompt.kind === 'rating' && !ratings.has(prompt.text))
				ratings.set(prompt.text, { sum: 0, count: 0 });
	}
	const inputsByTheme = themes.tally();
	let inputCount = 0;
	for (const input of inputs) {
		const prompts = promptsBySession.get(input.focusSessionId);
		if (!prompts) continue;
		inputCount += 1;
		const chosen = new Set<string>();
		for (const answer of input.answers) {
			const prompt = prompts.get(answer.promptId);
			if (prompt?.kind === 'themeVote')
				for (const id of answer.themeIds ?? []) chosen.add(themes.labelOf(id));
			const rating = prompt?.kind === 'rating' ? ratings.get(prompt.text) : undefined;
			if (rating && answer.rating !== undefined) {
				rating.sum += answer.rating;
				rating.count += 1;
			}
		}
		inputsByTheme.addEach(chosen);
	}
	return {
		sessions: sessionCount,
		headcount,
		inputs: inputCount,
		inputsByTheme: inputsByTheme.toRecord(),
		ratingsByPrompt: Object.fromEntries(ratings)
	};
}
