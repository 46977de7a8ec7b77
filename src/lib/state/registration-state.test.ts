import { describe, expect, it } from 'vitest';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import {
	emptyHelpRequest,
	emptyRegistration,
	registrationStateSchema,
	withApproaches
} from './registration-state';

describe('signal flag sync', () => {
	it('turns the flag on when "Opgepikt als signaal" is chosen, and off when it is dropped', () => {
		const request = emptyHelpRequest();
		const on = withApproaches(request, ['appr-informatie', SIGNAL_APPROACH_ID]);
		expect(on.isSignal).toBe(true);
		const off = withApproaches(on, ['appr-informatie']);
		expect(off.isSignal).toBe(false);
	});
});

describe('form state', () => {
	it('starts blank at the given place and day, with fresh ids', () => {
		const a = emptyRegistration('act-digipunt', '2024-05-02');
		const b = emptyRegistration('act-digipunt', '2024-05-02');
		expect(a).toMatchObject({
			activityId: 'act-digipunt',
			date: '2024-05-02',
			personMode: null,
			helpRequests: []
		});
		expect(a.newPerson.gender).toBe('onbekend');
		expect(a.contactId).not.toBe(b.contactId);
	});

	it('survives a JSON round trip, as a draft would', () => {
		const state = emptyRegistration(null, '2024-05-02');
		state.helpRequests.push(withApproaches(emptyHelpRequest(), [SIGNAL_APPROACH_ID]));
		const back = registrationStateSchema.parse(JSON.parse(JSON.stringify(state)));
		expect(back).toEqual(state);
	});

	it('refuses data that is not a registration', () => {
		expect(registrationStateSchema.safeParse({ personMode: 'everyone' }).success).toBe(false);
	});
});
