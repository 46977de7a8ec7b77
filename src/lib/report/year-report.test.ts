import { describe, expect, it } from 'vitest';
import type { FocusSession } from '$lib/domain/focus.schema';
import type { OutreachRound } from '$lib/domain/outreach.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { testContact, testInput, testSession } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

const round = (date: string, addressesVisited: number, conversations: number): OutreachRound => ({
	id: `round-${date}`,
	date,
	kindId: 'out-stoepbezoeken',
	areaIds: [],
	addressesVisited,
	conversations,
	newPeopleReached: 1,
	materials: [],
	note: ''
});

const signal = (firstSeen: string, overrides: Partial<Signal> = {}): Signal => ({
	id: `signal-${firstSeen}`,
	title: 'UiTPAS',
	themeIds: ['theme-vrije-tijd'],
	description: '',
	firstSeen,
	evidence: [],
	forwardedTo: ['forum-vrijetijd'],
	status: 'geagendeerd',
	outcome: '',
	...overrides
});

const focusSession = (id: string, date: string): FocusSession => ({
	id,
	date,
	title: 'Focusgroep',
	headcount: 12,
	prompts: [
		{ id: `${id}-vote`, kind: 'themeVote', text: 'Welke thema’s?' },
		{ id: `${id}-rate`, kind: 'rating', text: 'Hoe welkom voel je je?' }
	]
});

describe('year report', () => {
	it('counts contacts, not session attendances, in every month of the period', () => {
		const report = aggregateReport(
			testInput({
				period: { from: '2022-11-15', to: '2023-02-10' },
				contacts: [
					testContact('2022-11-15', null),
					testContact('2023-02-10', null),
					testContact('2023-02-11', null)
				],
				sessions: [testSession('2022-12-06', [], { anonymousCount: 9 })]
			})
		);
		expect(report.contactsByMonth).toEqual({
			'2022-11': 1,
			'2022-12': 0,
			'2023-01': 0,
			'2023-02': 1
		});
	});

	it('sums outreach rounds held in the period', () => {
		const outreach = [
			round('2022-03-01', 400, 20),
			round('2022-09-01', 200, 11),
			round('2021-09-01', 99, 9)
		];
		expect(aggregateReport(testInput({ outreach })).outreach).toEqual({
			rounds: 2,
			addressesVisited: 600,
			conversations: 31,
			newPeopleReached: 2
		});
	});

	it('counts signals first seen in the period by theme, status and every forum they went to', () => {
		const signals = [
			signal('2022-02-02', { forwardedTo: ['forum-vrijetijd', 'forum-team-opstap'] }),
			signal('2022-05-05', {
				status: 'afgerond',
				themeIds: ['theme-digitaal', 'theme-vrije-tijd']
			}),
			signal('2021-05-05')
		];
		const figures = aggregateReport(testInput({ signals })).signals;
		expect(figures.total).toBe(2);
		expect(figures.byTheme).toMatchObject({ 'Vrije tijd': 2, Digitaal: 1 });
		expect(figures.byStatus).toEqual({ nieuw: 0, geagendeerd: 1, 'in opvolging': 0, afgerond: 1 });
		expect(figures.byForum).toMatchObject({
			'Lokaal overleg vrijetijdsparticipatie': 2,
			'Team Opstap': 1
		});
	});

	it('counts focus inputs by voted theme and sums ratings per prompt text across sessions', () => {
		const sessions = [
			focusSession('focus-a', '2022-03-01'),
			focusSession('focus-b', '2022-06-01'),
			focusSession('focus-c', '2021-06-01')
		];
		const input = (id: string, session: string, themes: string[], rating?: number) => ({
			id,
			focusSessionId: session,
			answers: [
				{ promptId: `${session}-vote`, themeIds: themes },
				{ promptId: `${session}-rate`, rating, themeIds: ['theme-werk'] }
			]
		});
		const focusInputs = [
			input('in-1', 'focus-a', ['theme-digitaal', 'theme-digitaal'], 4),
			input('in-2', 'focus-b', ['theme-digitaal', 'theme-energie'], 5),
			input('in-3', 'focus-b', [], undefined),
			input('in-4', 'focus-c', ['theme-energie'], 1)
		];
		const focus = aggregateReport(testInput({ focusSessions: sessions, focusInputs })).focusGroups;
		expect(focus).toMatchObject({ sessions: 2, headcount: 24, inputs: 3 });
		expect(focus.inputsByTheme).toMatchObject({ Digitaal: 2, Energie: 1, Werk: 0 });
		// One prompt text across sessions: one mean, by a neutral key (its text is not marked publishable).
		expect(focus.ratingsByPrompt).toEqual({ 'vraag 1': { sum: 9, count: 2 } });
	});

	it('refuses a period that ends before it starts', () => {
		expect(() =>
			aggregateReport(testInput({ period: { from: '2022-02-01', to: '2022-01-01' } }))
		).toThrow(RangeError);
	});
});
