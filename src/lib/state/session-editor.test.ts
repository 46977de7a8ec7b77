import { describe, expect, it } from 'vitest';
import type { Change } from '$lib/db/encrypted-repository';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { newSession } from './session-attendance';
import { SessionEditor } from './session-editor.svelte';

function recorder(failOn = -1) {
	const commits: Change[][] = [];
	let calls = 0;
	const commit = async (changes: readonly Change[]) => {
		calls += 1;
		await Promise.resolve();
		if (calls === failOn) throw new Error('disk full');
		commits.push([...changes]);
	};
	return { commits, commit };
}

const person: Person = {
	id: 'person-new',
	alias: 'Nieuw',
	notes: '',
	firstContact: null,
	...unknownProfile
};

describe('SessionEditor', () => {
	it('commits each change on its own, in order, the last one holding everything', async () => {
		const { commits, commit } = recorder();
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit);
		void editor.setPresent('ann', true);
		void editor.stepAnonymous(1);
		await editor.stepAnonymous(1);
		expect(commits).toHaveLength(3);
		const last = commits[2]?.[0];
		expect(last).toMatchObject({ op: 'put', kind: 'session' });
		expect(last?.op === 'put' && last.record).toMatchObject({
			attendeeIds: ['ann'],
			anonymousCount: 2
		});
		expect(editor.pending).toBe(0);
	});

	it('stores a new person together with their attendance in one commit', async () => {
		const { commits, commit } = recorder();
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit);
		expect(await editor.addPerson(person)).toBe(true);
		expect(commits).toHaveLength(1);
		expect(commits[0]?.map((change) => change.kind)).toEqual(['person', 'session']);
		expect(editor.session.attendeeIds).toEqual(['person-new']);
	});

	it('does not commit when the anonymous count is already zero', async () => {
		const { commits, commit } = recorder();
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit);
		await editor.stepAnonymous(-1);
		expect(commits).toHaveLength(0);
	});

	it('goes back to the stored session and drops queued changes when a commit fails', async () => {
		const { commits, commit } = recorder(2);
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit);
		void editor.setPresent('ann', true);
		const failed = editor.setPresent('bart', true);
		const dropped = editor.setPresent('cleo', true);
		expect(await failed).toBe(false);
		expect(await dropped).toBe(false);
		expect(commits).toHaveLength(1);
		expect(editor.session.attendeeIds).toEqual(['ann']);
		expect(editor.error).toBeInstanceOf(Error);
		await editor.setPresent('dirk', true);
		expect(editor.error).toBeNull();
		expect(editor.session.attendeeIds).toEqual(['ann', 'dirk']);
	});
});

describe('SessionEditor.remove', () => {
	it('deletes only after queued changes are written and ignores changes afterwards', async () => {
		const { commits, commit } = recorder();
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit);
		void editor.setPresent('ann', true);
		await editor.remove();
		await editor.setPresent('bart', true);
		expect(commits.map((changes) => changes[0]?.op)).toEqual(['put', 'delete']);
	});
});

describe('SessionEditor.adopt', () => {
	it('takes over a session changed elsewhere, but never while own changes are pending', async () => {
		const { commit } = recorder();
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit);
		const pending = editor.setPresent('ann', true);
		const elsewhere = { ...newSession('act-x', '2024-05-01', 'session-1'), anonymousCount: 5 };
		editor.adopt(elsewhere);
		expect(editor.session.attendeeIds).toEqual(['ann']);
		await pending;
		editor.adopt(elsewhere);
		expect(editor.session.anonymousCount).toBe(5);
	});
});

describe('a new session', () => {
	it('is stored with its first change, not before', async () => {
		const { commits, commit } = recorder();
		const editor = new SessionEditor(newSession('act-x', '2024-05-01', 'session-1'), commit, {
			stored: false
		});
		await editor.stepAnonymous(-1);
		expect(commits).toHaveLength(0);
		expect(editor.stored).toBe(false);
		await editor.stepAnonymous(1);
		expect(commits).toHaveLength(1);
		expect(editor.stored).toBe(true);
	});
});
