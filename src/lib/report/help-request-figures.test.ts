import { describe, expect, it } from 'vitest';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { testContact, testInput, testRequest } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

describe('help requests', () => {
	it('counts a request with two themes once under each theme and once in the total', () => {
		const request = testRequest({ themeIds: ['theme-huisvesting', 'theme-energie'] });
		const contacts = [testContact('2022-04-04', null, { helpRequests: [request] })];
		const help = aggregateReport(testInput({ contacts })).helpRequests;
		expect(help.total).toBe(1);
		expect(help.byTheme).toMatchObject({ Huisvesting: 1, Energie: 1, Werk: 0 });
	});

	it('counts approaches and referrals per request, and a request without referral under none', () => {
		const requests = [
			testRequest({
				approachIds: ['appr-doorverwijzing', 'appr-advies'],
				referralIds: ['ref-caw']
			}),
			testRequest({ approachIds: ['appr-advies'], referralIds: [] })
		];
		const contacts = [testContact('2022-04-04', null, { helpRequests: requests })];
		const help = aggregateReport(testInput({ contacts })).helpRequests;
		expect(help.byApproach).toMatchObject({ Doorverwijzing: 1, Advies: 2 });
		expect(Object.values(help.byReferral).reduce((a, b) => a + b, 0)).toBe(1);
	});

	it('counts a request under the activity of its contact, by status, and signals by isSignal', () => {
		const contacts = [
			testContact('2022-04-04', null, {
				activityId: 'act-huisbezoek',
				helpRequests: [testRequest({ status: 'open', isSignal: true }), testRequest()]
			})
		];
		const help = aggregateReport(testInput({ contacts })).helpRequests;
		expect(help.byActivity).toMatchObject({ Huisbezoek: 2, 'Sociale kruidenier': 0 });
		expect(help.byStatus).toEqual({ open: 1, 'in opvolging': 0, afgerond: 1, doorverwezen: 0 });
		expect(help.signals).toBe(1);
	});

	it('ignores requests of contacts outside the period', () => {
		const contacts = [testContact('2021-12-31', null, { helpRequests: [testRequest()] })];
		expect(aggregateReport(testInput({ contacts })).helpRequests.total).toBe(0);
	});

	it('shows every non-archived category with zero, an archived one only when used, and unknown ids apart', () => {
		const archived: TaxonomyItem = {
			id: 'theme-oud',
			list: 'themes',
			label: 'Oud thema',
			labelEn: 'Old theme',
			archived: true,
			order: 99,
			activityKind: null
		};
		const unused = { ...archived, id: 'theme-ongebruikt', label: 'Ongebruikt' };
		const request = testRequest({ themeIds: ['theme-oud', 'theme-bestaat-niet'] });
		const contacts = [testContact('2022-04-04', null, { helpRequests: [request] })];
		const taxonomy = [...defaultTaxonomy(), archived, unused];
		const { byTheme } = aggregateReport(testInput({ contacts, taxonomy })).helpRequests;
		expect(Object.keys(byTheme)).toHaveLength(17 + 2);
		expect(byTheme).toMatchObject({ Huisvesting: 0, 'Oud thema': 1, '(niet in de lijst)': 1 });
		expect(byTheme).not.toHaveProperty('Ongebruikt');
	});

	it('labels taxonomy categories in English when the language is en', () => {
		const contacts = [testContact('2022-04-04', null, { helpRequests: [testRequest()] })];
		const help = aggregateReport(testInput({ contacts, language: 'en' })).helpRequests;
		expect(help.byTheme['Housing']).toBe(1);
		expect(help.byActivity['Social grocery']).toBe(1);
		expect(help.byStatus['done']).toBe(1);
	});
});
