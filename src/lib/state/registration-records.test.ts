import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/domain/settings.schema';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import { registrationChanges, toRecords } from './registration-records';
import {
	emptyHelpRequest,
	emptyRegistration,
	withApproaches,
	type RegistrationState
} from './registration-state';

const KNOWN = 'person-known-1';
const exists = (id: string) => id === KNOWN;

function knownPersonForm(): RegistrationState {
	const state = emptyRegistration('act-sociale-kruidenier', '2024-03-05');
	state.personMode = 'known';
	state.personId = KNOWN;
	const request = withApproaches(emptyHelpRequest(), ['appr-informatie']);
	state.helpRequests.push({ ...request, themeIds: ['theme-energie'] });
	return state;
}

describe('toRecords', () => {
	it('maps a known person with one help request to one contact and no new person', () => {
		const state = knownPersonForm();
		const result = toRecords(state, exists);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.records.person).toBeNull();
		expect(result.records.contact).toEqual({
			id: state.contactId,
			date: '2024-03-05',
			personId: KNOWN,
			activityId: 'act-sociale-kruidenier',
			function: null,
			note: '',
			helpRequests: [
				{
					id: state.helpRequests[0]!.id,
					themeIds: ['theme-energie'],
					approachIds: ['appr-informatie'],
					referralIds: [],
					description: '',
					status: 'afgerond', // a new help request's default (answered on the spot)
					followUpDate: null,
					isSignal: false
				}
			]
		});
	});

	it('gives the same records for the same state (the ids come from the state)', () => {
		const state = knownPersonForm();
		expect(toRecords(state, exists)).toEqual(toRecords(structuredClone(state), exists));
	});

	it('creates the new person with a trimmed alias, unknown profile and the contact on it', () => {
		const state = knownPersonForm();
		state.personMode = 'new';
		state.personId = null;
		state.newPerson = { ...state.newPerson, alias: '  Mo  ', gender: 'man' };
		const result = toRecords(state, exists);
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		expect(result.records.person).toMatchObject({
			id: state.newPerson.id,
			alias: 'Mo',
			gender: 'man',
			ageBand: 'onbekend',
			notes: '',
			firstContact: null
		});
		expect(result.records.contact.personId).toBe(state.newPerson.id);
	});

	it('writes an anonymous contact without a person', () => {
		const state = knownPersonForm();
		state.personMode = 'anonymous';
		state.personId = null;
		const result = toRecords(state, exists);
		if (!result.ok) throw new Error('refused');
		expect(result.records.person).toBeNull();
		expect(result.records.contact.personId).toBeNull();
	});

	it('keeps optional fields: function, trimmed note and description, follow-up date, referrals', () => {
		const state = knownPersonForm();
		state.function = 'verwijzen';
		state.note = '  kwam met de fiets \n';
		const request = state.helpRequests[0]!;
		request.description = ' wil energiepremie ';
		request.followUpDate = '2024-03-19';
		request.referralIds = ['ref-energiesnoeiers'];
		request.status = 'in opvolging';
		const result = toRecords(state, exists);
		if (!result.ok) throw new Error('refused');
		expect(result.records.contact).toMatchObject({
			function: 'verwijzen',
			note: 'kwam met de fiets'
		});
		expect(result.records.contact.helpRequests[0]).toMatchObject({
			description: 'wil energiepremie',
			followUpDate: '2024-03-19',
			referralIds: ['ref-energiesnoeiers'],
			status: 'in opvolging'
		});
	});

	it('marks a request as signal exactly when "Opgepikt als signaal" is among its approaches', () => {
		const state = knownPersonForm();
		state.helpRequests[0]!.approachIds = [SIGNAL_APPROACH_ID];
		state.helpRequests[0]!.isSignal = false;
		const result = toRecords(state, exists);
		if (!result.ok) throw new Error('refused');
		expect(result.records.contact.helpRequests[0]!.isSignal).toBe(true);
	});

	it('refuses a form without a person choice', () => {
		const state = knownPersonForm();
		state.personMode = null;
		expect(toRecords(state, exists)).toEqual({
			ok: false,
			issues: [{ key: 'registration.error.person' }]
		});
	});

	it('refuses a known person who no longer exists', () => {
		const state = knownPersonForm();
		state.personId = 'person-erased-meanwhile';
		expect(toRecords(state, exists)).toMatchObject({
			ok: false,
			issues: [{ key: 'registration.error.person' }]
		});
	});

	it('refuses a new person without alias', () => {
		const state = knownPersonForm();
		state.personMode = 'new';
		state.newPerson.alias = '   ';
		expect(toRecords(state, exists)).toMatchObject({
			ok: false,
			issues: [{ key: 'registration.error.alias' }]
		});
	});

	it('names every problem, numbering the help requests from 1', () => {
		const state = knownPersonForm();
		state.activityId = null;
		state.date = '2024-02-30';
		state.helpRequests.push({ ...emptyHelpRequest(), followUpDate: 'morgen' });
		const result = toRecords(state, exists);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual(
			expect.arrayContaining([
				{ key: 'registration.error.activity' },
				{ key: 'registration.error.date' },
				{ key: 'registration.error.themes', params: { number: 2 } },
				{ key: 'registration.error.approaches', params: { number: 2 } },
				{ key: 'registration.error.followUpDate', params: { number: 2 } }
			])
		);
		expect(result.issues).toHaveLength(5);
	});

	it('allows a contact without help requests', () => {
		const state = knownPersonForm();
		state.helpRequests = [];
		expect(toRecords(state, exists).ok).toBe(true);
	});
});

describe('registrationChanges', () => {
	it('writes new person, contact and the place last used in one change set', () => {
		const state = knownPersonForm();
		state.personMode = 'new';
		state.newPerson.alias = 'Mo';
		const result = toRecords(state, exists);
		if (!result.ok) throw new Error('refused');
		const changes = registrationChanges(result.records, defaultSettings);
		expect(changes.map((change) => change.op === 'put' && change.kind)).toEqual([
			'person',
			'contact',
			'settings'
		]);
		expect(changes[2]).toMatchObject({
			record: { ...defaultSettings, lastActivityId: 'act-sociale-kruidenier' }
		});
	});

	it('writes no person for a known person', () => {
		const result = toRecords(knownPersonForm(), exists);
		if (!result.ok) throw new Error('refused');
		const kinds = registrationChanges(result.records, defaultSettings).map((change) => change.kind);
		expect(kinds).toEqual(['contact', 'settings']);
	});
});
