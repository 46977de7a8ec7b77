import { describe, expect, it } from 'vitest';
import type { FocusInput, FocusSession } from '$lib/domain/focus.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { focusFigures } from './focus-figures';
import { yearPeriod } from './period';
import { indexTaxonomy } from './taxonomy-index';

const session = (id: string, date: string, publishable?: boolean): FocusSession => ({
	id,
	date,
	title: `titel ${id}`,
	headcount: 6,
	prompts: [
		{
			id: `${id}-r1`,
			kind: 'rating',
			text: 'Hoe voelde je je bij de thuisbegeleider?',
			...(publishable === undefined ? {} : { publishable })
		},
		{ id: `${id}-r2`, kind: 'rating', text: 'Hoe welkom voel je je?', publishable: true }
	]
});

const input = (id: string, focusSessionId: string, rating: number): FocusInput => ({
	id,
	focusSessionId,
	answers: [
		{ promptId: `${focusSessionId}-r1`, rating },
		{ promptId: `${focusSessionId}-r2`, rating }
	]
});

describe('focusFigures: rating prompts in exports', () => {
	it('names a prompt by a neutral key unless the worker marked its text publishable', () => {
		const themes = indexTaxonomy(defaultTaxonomy(), 'nl').themes;
		const figures = focusFigures(
			[session('s1', '2022-03-01')],
			[input('i1', 's1', 4), input('i2', 's1', 2)],
			themes,
			yearPeriod(2022),
			'nl'
		);
		expect(figures.ratingsByPrompt).toEqual({
			'vraag 1': { sum: 6, count: 2 },
			'Hoe welkom voel je je?': { sum: 6, count: 2 }
		});
		expect(JSON.stringify(figures)).not.toContain('thuisbegeleider');
		const english = focusFigures([session('s1', '2022-03-01')], [], themes, yearPeriod(2022), 'en');
		expect(Object.keys(english.ratingsByPrompt)).toContain('question 1');
		const published = focusFigures(
			[session('s1', '2022-03-01', true)],
			[],
			themes,
			yearPeriod(2022),
			'nl'
		);
		expect(Object.keys(published.ratingsByPrompt)).toContain(
			'Hoe voelde je je bij de thuisbegeleider?'
		);
	});
});
