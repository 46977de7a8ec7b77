import { describe, expect, it } from 'vitest';
import { unknownProfile } from '$lib/domain/person.schema';
import { countTaxonomyUses } from './taxonomy-usage';

describe('countTaxonomyUses', () => {
	it('counts every reference from contacts, sessions, outreach, signals, persons and focus inputs', () => {
		const uses = countTaxonomyUses({
			contacts: [
				{
					id: 'c-1',
					date: '2022-01-01',
					personId: null,
					activityId: 'act-a',
					function: null,
					note: '',
					helpRequests: [
						{
							id: 'h-1',
							themeIds: ['theme-a', 'theme-b'],
							approachIds: ['appr-a'],
							referralIds: ['ref-a'],
							description: '',
							status: 'open',
							followUpDate: null,
							isSignal: false
						}
					]
				}
			],
			sessions: [
				{
					id: 's-1',
					activityId: 'act-a',
					date: '2022-01-01',
					attendeeIds: [],
					anonymousCount: 0,
					note: ''
				}
			],
			outreach: [
				{
					id: 'o-1',
					date: '2022-01-01',
					kindId: 'out-a',
					areaIds: ['area-a'],
					addressesVisited: 0,
					conversations: 0,
					newPeopleReached: 0,
					materials: [],
					note: ''
				}
			],
			signals: [
				{
					id: 'sig-1',
					title: 'T',
					themeIds: ['theme-a'],
					description: '',
					firstSeen: '2022-01-01',
					evidence: [],
					forwardedTo: ['forum-a'],
					status: 'nieuw',
					outcome: ''
				}
			],
			persons: [
				{
					...unknownProfile,
					areaId: 'area-b',
					id: 'p-1',
					alias: 'A',
					notes: '',
					firstContact: null
				}
			],
			focusInputs: [
				{
					id: 'f-1',
					focusSessionId: 'fs-1',
					answers: [{ promptId: 'pr-1', themeIds: ['theme-c'] }]
				}
			]
		});
		expect(Object.fromEntries(uses)).toEqual({
			'act-a': 2,
			'theme-a': 2,
			'theme-b': 1,
			'theme-c': 1,
			'appr-a': 1,
			'ref-a': 1,
			'out-a': 1,
			'area-a': 1,
			'area-b': 1,
			'forum-a': 1
		});
	});
});
