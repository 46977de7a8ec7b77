import { describe, expect, it } from 'vitest';
import { emptyAnswers, toAnswers } from './kiosk-answers';

const prompts = [
	{ id: 'prompt-open', kind: 'open' as const },
	{ id: 'prompt-vote', kind: 'themeVote' as const },
	{ id: 'prompt-rate', kind: 'rating' as const }
];

describe('toAnswers', () => {
	it('gives nothing for a blank form', () => {
		expect(toAnswers(prompts, emptyAnswers(prompts))).toEqual([]);
	});

	it('keeps per prompt only the field its kind asks for, trimmed and without repeats', () => {
		const drafts = emptyAnswers(prompts);
		drafts['prompt-open'] = { text: '  te weinig bankjes  ', themeIds: ['theme-werk'], rating: 2 };
		drafts['prompt-vote'] = {
			text: 'x',
			themeIds: ['theme-werk', 'theme-werk', 'theme-energie'],
			rating: null
		};
		drafts['prompt-rate'] = { text: 'y', themeIds: [], rating: 4 };
		expect(toAnswers(prompts, drafts)).toEqual([
			{ promptId: 'prompt-open', text: 'te weinig bankjes' },
			{ promptId: 'prompt-vote', themeIds: ['theme-werk', 'theme-energie'] },
			{ promptId: 'prompt-rate', rating: 4 }
		]);
	});

	it('skips a text of only spaces', () => {
		const drafts = emptyAnswers(prompts);
		drafts['prompt-open'] = { text: '   ', themeIds: [], rating: null };
		expect(toAnswers(prompts, drafts)).toEqual([]);
	});
});
