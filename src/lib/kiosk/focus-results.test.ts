import { describe, expect, it } from 'vitest';
import type { FocusInput, FocusSession } from '$lib/domain/focus.schema';
import { promptResults } from './focus-results';
import { shuffled, stableShuffle } from './shuffle';

const session: FocusSession = {
	id: 'session-1',
	date: '2024-05-02',
	title: 'Buurtgesprek',
	headcount: 3,
	prompts: [
		{ id: 'prompt-open', kind: 'open', text: 'Wat wil je ons vertellen?' },
		{ id: 'prompt-vote', kind: 'themeVote', text: 'Welke thema’s?' },
		{ id: 'prompt-rate', kind: 'rating', text: 'Hoe welkom voel je je?' }
	]
};

const inputs: FocusInput[] = [
	{
		id: 'input-a',
		focusSessionId: 'session-1',
		answers: [
			{ promptId: 'prompt-open', text: 'een' },
			{ promptId: 'prompt-vote', themeIds: ['theme-energie', 'theme-werk'] },
			{ promptId: 'prompt-rate', rating: 4 }
		]
	},
	{
		id: 'input-b',
		focusSessionId: 'session-1',
		answers: [
			{ promptId: 'prompt-vote', themeIds: ['theme-energie'] },
			{ promptId: 'prompt-rate', rating: 5 }
		]
	},
	{
		id: 'input-c',
		focusSessionId: 'session-1',
		answers: [{ promptId: 'prompt-open', text: 'twee' }]
	},
	{ id: 'input-x', focusSessionId: 'other', answers: [{ promptId: 'prompt-open', text: 'elders' }] }
];

describe('promptResults', () => {
	it('counts votes per theme, most first, and the mean rating with its spread', () => {
		const [open, vote, rate] = promptResults(
			session,
			inputs,
			(id) => id,
			(list) => list
		);
		expect(open).toMatchObject({
			kind: 'open',
			answers: [
				{ inputId: 'input-a', text: 'een' },
				{ inputId: 'input-c', text: 'twee' }
			]
		});
		expect(vote).toMatchObject({
			kind: 'themeVote',
			voters: 2,
			votes: [
				{ themeId: 'theme-energie', count: 2 },
				{ themeId: 'theme-werk', count: 1 }
			]
		});
		expect(rate).toMatchObject({
			kind: 'rating',
			count: 2,
			mean: 4.5,
			distribution: [0, 0, 0, 1, 1]
		});
	});

	it('shows the free answers in the order it is given, not the stored order', () => {
		const [open] = promptResults(
			session,
			inputs,
			(id) => id,
			(list) => [...list].reverse()
		);
		expect(open?.kind === 'open' && open.answers.map((answer) => answer.text)).toEqual([
			'twee',
			'een'
		]);
	});
});

describe('shuffling', () => {
	it('keeps every item', () => {
		const list = Array.from({ length: 50 }, (_, i) => i);
		expect(shuffled(list).sort((a, b) => a - b)).toEqual(list);
	});

	it('does not keep the submission order (over many tries)', () => {
		const list = Array.from({ length: 8 }, (_, i) => i);
		const same = Array.from({ length: 20 }, () => shuffled(list).join()).filter(
			(o) => o === list.join()
		);
		expect(same.length).toBeLessThan(2);
	});

	it('stays put for one visit once an order is drawn', () => {
		const order = stableShuffle<string>((item) => item);
		const first = order(['a', 'b', 'c', 'd', 'e']);
		expect(order(['e', 'd', 'c', 'b', 'a'])).toEqual(first);
	});
});
