import { describe, expect, it } from 'vitest';
import type { Change } from '$lib/db/encrypted-repository';
import { defaultSettings } from '$lib/domain/settings.schema';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import { RegistrationForm, type RegistrationStore } from './registration-form.svelte';

function store(commits: Change[][], fail = false): RegistrationStore {
	return {
		defaultActivityId: () => 'act-digipunt',
		today: () => '2024-06-01',
		personExists: (id) => id === 'person-1',
		settings: () => defaultSettings,
		async commit(changes) {
			if (fail) throw new Error('disk full');
			commits.push(changes);
		}
	};
}

describe('RegistrationForm', () => {
	it('starts clean at the default place, today', () => {
		const form = new RegistrationForm(store([]));
		expect(form.state).toMatchObject({ activityId: 'act-digipunt', date: '2024-06-01' });
		expect(form.dirty).toBe(false);
	});

	it('is dirty while it holds input and clean again after saving', async () => {
		const commits: Change[][] = [];
		const form = new RegistrationForm(store(commits));
		form.choosePerson('person-1');
		expect(form.dirty).toBe(true);
		const saved = await form.save();
		expect(saved?.contact.personId).toBe('person-1');
		expect(commits).toHaveLength(1);
		expect(form.dirty).toBe(false);
		expect(form.state.personMode).toBeNull();
	});

	it('writes nothing and names the problem when the input is invalid', async () => {
		const commits: Change[][] = [];
		const form = new RegistrationForm(store(commits));
		form.chooseAnonymous();
		form.addHelpRequest();
		expect(await form.save()).toBeNull();
		expect(commits).toEqual([]);
		expect(form.issues.map((issue) => issue.key)).toEqual([
			'registration.error.themes',
			'registration.error.approaches'
		]);
		expect(form.dirty).toBe(true);
	});

	it('keeps the input when the commit fails', async () => {
		const form = new RegistrationForm(store([], true));
		form.choosePerson('person-1');
		await expect(form.save()).rejects.toThrow('disk full');
		expect(form.state.personId).toBe('person-1');
	});

	it('marks a help request as a signal by its approach "Opgepikt als signaal" alone', () => {
		const form = new RegistrationForm(store([]));
		const id = form.addHelpRequest();
		form.setApproaches(id, ['appr-advies', SIGNAL_APPROACH_ID]);
		expect(form.state.helpRequests[0]?.isSignal).toBe(true);
		form.setApproaches(id, ['appr-advies']);
		expect(form.state.helpRequests[0]?.isSignal).toBe(false);
	});

	it('prefills the new person with what was typed in the search', () => {
		const form = new RegistrationForm(store([]));
		form.state.personQuery = 'Fatima';
		form.chooseNewPerson();
		expect(form.state.newPerson.alias).toBe('Fatima');
	});

	it('restores a draft, and refuses one that is not a registration', () => {
		const form = new RegistrationForm(store([]));
		form.choosePerson('person-1');
		const draft = JSON.parse(JSON.stringify(form.data));
		const other = new RegistrationForm(store([]));
		expect(other.restore(draft)).toBe(true);
		expect(other.state.personId).toBe('person-1');
		expect(other.restore({ nonsense: true })).toBe(false);
	});
});
