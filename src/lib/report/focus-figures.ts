import type { FocusInput, FocusPrompt, FocusSession } from '$lib/domain/focus.schema';
import type { ExactReport, RatingSum } from './exact-report.schema';
import { inPeriod, type Period } from './period';
import type { ReportLanguage } from './report-input';
import { reportText } from './report-text';
import type { CategoryList } from './taxonomy-index';

/**
 * The label of a rating prompt in a report: its text when the worker marked it publishable,
 * else a neutral "vraag 1", "vraag 2"… numbered by first use in the period.
 */
class PromptLabels {
	readonly #neutral = new Map<string, string>();
	constructor(readonly language: ReportLanguage) {}

	of(prompt: FocusPrompt): string {
		if (prompt.publishable) return prompt.text;
		let label = this.#neutral.get(prompt.text);
		if (!label) {
			const number = this.#neutral.size + 1;
			label = reportText(this.language, 'report.prompt.neutral').replace(
				'{number}',
				String(number)
			);
			this.#neutral.set(prompt.text, label);
		}
		return label;
	}
}

/**
 * Focus groups held in the period. An input counts once under each theme it chose in a
 * theme vote; ratings are summed per prompt text, so a prompt reused across sessions (and
 * devices) gets one mean; its text is shown only when publishable (else "vraag 1"). Answers that do not match their prompt's kind are ignored.
 */
export function focusFigures(
	sessions: readonly FocusSession[],
	inputs: readonly FocusInput[],
	themes: CategoryList,
	period: Period,
	language: ReportLanguage = 'nl'
): ExactReport['focusGroups'] {
	const promptsBySession = new Map<string, Map<string, FocusPrompt>>();
	const ratings = new Map<string, RatingSum>();
	const labels = new PromptLabels(language);
	let sessionCount = 0;
	let headcount = 0;
	// Numbered over every session ever, so "vraag 3" is the same prompt in each year of a project.
	const ordered = [...sessions].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1
	);
	for (const session of ordered)
		for (const prompt of session.prompts) if (prompt.kind === 'rating') labels.of(prompt);
	for (const session of ordered) {
		if (!inPeriod(session.date, period)) continue;
		sessionCount += 1;
		headcount += session.headcount;
		promptsBySession.set(session.id, new Map(session.prompts.map((p) => [p.id, p])));
		for (const prompt of session.prompts)
			if (prompt.kind === 'rating' && !ratings.has(labels.of(prompt)))
				ratings.set(labels.of(prompt), { sum: 0, count: 0 });
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
			const rating = prompt?.kind === 'rating' ? ratings.get(labels.of(prompt)) : undefined;
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
