import { describe, expect, it } from 'vitest';
import type { OutreachRound } from '$lib/domain/outreach.schema';
import {
	checkOutreach,
	outreachDraft,
	outreachTotals,
	parseCount,
	roundsNewestFirst,
	type OutreachDraft
} from './outreach-form';

function filled(patch: Partial<OutreachDraft> = {}): OutreachDraft {
	return {
		...outreachDraft(undefined, '2024-05-14'),
		id: 'round-1',
		kindId: 'out-stoepbezoeken',
		addressesVisited: '40',
		conversations: '12',
		newPeopleReached: '3',
		...patch
	};
}

describe('parseCount', () => {
	it('accepts whole numbers of zero or more, with spaces around', () => {
		expect(parseCount('0')).toEqual({ value: 0 });
		expect(parseCount(' 17 ')).toEqual({ value: 17 });
	});

	it('refuses empty, negative, fractional and absurd numbers with a reason', () => {
		expect(parseCount('')).toEqual({ error: 'outreach.error.countRequired' });
		expect(parseCount('-1')).toEqual({ error: 'outreach.error.countWhole' });
		expect(parseCount('2.5')).toEqual({ error: 'outreach.error.countWhole' });
		expect(parseCount('1e3')).toEqual({ error: 'outreach.error.countWhole' });
		expect(parseCount('2000000')).toEqual({ error: 'outreach.error.countTooLarge' });
	});
});

describe('checkOutreach', () => {
	it('builds the record from a filled-in form', () => {
		const result = checkOutreach(
			filled({
				areaIds: ['area-centrum'],
				materials: [{ key: 'k', label: ' Flyers ', count: '50' }],
				note: 'Regen'
			})
		);
		expect(result).toEqual({
			ok: true,
			warnings: [],
			record: {
				id: 'round-1',
				date: '2024-05-14',
				kindId: 'out-stoepbezoeken',
				areaIds: ['area-centrum'],
				addressesVisited: 40,
				conversations: 12,
				newPeopleReached: 3,
				materials: [{ label: 'Flyers', count: 50 }],
				note: 'Regen'
			}
		});
	});

	it('names every field that is wrong', () => {
		const result = checkOutreach(
			filled({ kindId: null, date: '2024-02-30', conversations: '-2', newPeopleReached: '' })
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toEqual({
			date: 'outreach.error.date',
			kindId: 'outreach.error.kind',
			conversations: 'outreach.error.countWhole',
			newPeopleReached: 'outreach.error.countRequired'
		});
	});

	it('warns but does not block when there are more conversations than addresses', () => {
		const result = checkOutreach(filled({ addressesVisited: '5', conversations: '8' }));
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual(['outreach.warning.conversationsExceed']);
	});

	it('drops empty material rows and flags half-filled ones', () => {
		const result = checkOutreach(
			filled({
				materials: [
					{ key: 'a', label: '', count: '' },
					{ key: 'b', label: '', count: '4' },
					{ key: 'c', label: 'Spelpakket', count: 'x' }
				]
			})
		);
		expect(!result.ok && result.errors).toEqual({
			'materials.1.label': 'outreach.error.materialLabel',
			'materials.2.count': 'outreach.error.countWhole'
		});
		const clean = checkOutreach(filled({ materials: [{ key: 'a', label: ' ', count: '' }] }));
		expect(clean.ok && clean.record.materials).toEqual([]);
	});

	it('round-trips a stored round through the form unchanged', () => {
		const round: OutreachRound = {
			id: 'round-2',
			date: '2023-11-02',
			kindId: 'out-flyerronde',
			areaIds: ['area-hulste', 'area-eiland'],
			addressesVisited: 120,
			conversations: 9,
			newPeopleReached: 0,
			materials: [{ label: 'Flyers', count: 120 }],
			note: ''
		};
		const result = checkOutreach(outreachDraft(round));
		expect(result.ok && result.record).toEqual(round);
	});
});

describe('lists and totals', () => {
	const round = (id: string, date: string, addresses: number, talks: number): OutreachRound => ({
		id,
		date,
		kindId: 'out-soepbezoek',
		areaIds: [],
		addressesVisited: addresses,
		conversations: talks,
		newPeopleReached: 1,
		materials: [],
		note: ''
	});

	it('orders rounds newest first', () => {
		const rounds = [round('r-a', '2024-01-01', 1, 1), round('r-b', '2024-03-01', 1, 1)];
		expect(roundsNewestFirst(rounds).map((r) => r.id)).toEqual(['r-b', 'r-a']);
	});

	it('totals one year and gives the response rate in whole percent', () => {
		const rounds = [
			round('r-a', '2024-01-01', 30, 10),
			round('r-b', '2024-06-01', 10, 3),
			round('r-c', '2023-12-31', 99, 99)
		];
		expect(outreachTotals(rounds, 2024)).toEqual({
			rounds: 2,
			addressesVisited: 40,
			conversations: 13,
			newPeopleReached: 2,
			responseRate: 33
		});
		expect(outreachTotals([], 2024).responseRate).toBeNull();
	});
});
