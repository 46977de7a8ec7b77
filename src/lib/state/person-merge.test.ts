import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '$lib/db/encrypted-repository';
import { recordsArb } from '$test-support/report/records-build';
import type { Records } from '$test-support/report/records.arbitrary';
import { testPerson } from '$test-support/report/test-records';
import { mergeConflicts, mergedPerson, planPersonMerge } from './person-merge';

/** The records after a commit of `changes` (what the repository would hold). */
function apply(records: Records, changes: Change[]): Records {
	const next = structuredClone(records) as Records & Record<string, { id: string }[]>;
	const lists: Record<string, keyof Records> = {
		person: 'persons',
		contact: 'contacts',
		session: 'sessions'
	};
	for (const change of changes) {
		const name = lists[change.kind];
		if (!name) throw new Error(`unexpected ${change.kind}`);
		const list = next[name] as unknown as { id: string }[];
		const id = change.op === 'put' ? change.record.id : change.id;
		const kept = list.filter((record) => record.id !== id);
		if (change.op === 'put') kept.push(change.record as { id: string });
		(next as Record<string, unknown>)[name] = kept;
	}
	return next;
}

describe('planPersonMerge', () => {
	it('keeps every contact and every attendance, now under the kept person', () => {
		fc.assert(
			fc.property(recordsArb('m'), fc.nat(), fc.nat(), (records, i, j) => {
				fc.pre(records.persons.length >= 2);
				const keep = records.persons[i % records.persons.length]!;
				const drop = records.persons[j % records.persons.length]!;
				fc.pre(keep.id !== drop.id);
				const after = apply(records, planPersonMerge(keep, drop, {}, records));

				expect(after.contacts).toHaveLength(records.contacts.length);
				expect(after.persons.map((p) => p.id)).not.toContain(drop.id);
				for (const contact of records.contacts) {
					const moved = after.contacts.find((c) => c.id === contact.id)!;
					const owner = contact.personId === drop.id ? keep.id : contact.personId;
					expect(moved).toEqual({ ...contact, personId: owner });
				}
				expect(after.sessions).toHaveLength(records.sessions.length);
				for (const session of records.sessions) {
					const moved = after.sessions.find((s) => s.id === session.id)!;
					if (!session.attendeeIds.includes(drop.id)) {
						expect(moved).toEqual(session);
						continue;
					}
					const wanted = new Set(session.attendeeIds.map((id) => (id === drop.id ? keep.id : id)));
					expect(new Set(moved.attendeeIds)).toEqual(wanted);
					expect(moved.attendeeIds).toHaveLength(wanted.size);
					expect(moved.anonymousCount).toBe(session.anonymousCount);
				}
			})
		);
	});

	it('does nothing when a person is merged with themself', () => {
		const person = testPerson();
		expect(planPersonMerge(person, person, {}, { contacts: [], sessions: [] })).toEqual([]);
	});
});

describe('mergedPerson', () => {
	it('asks only where both know a different value, and fills what one side knows', () => {
		const keep = testPerson({ id: 'k', alias: 'Ahmed', gender: 'man', ageBand: 'onbekend' });
		const drop = testPerson({ id: 'd', alias: 'Ahmed', gender: 'x', ageBand: '25-44' });
		expect(mergeConflicts(keep, drop)).toEqual(['gender']);
		expect(mergedPerson(keep, drop, {})).toMatchObject({ gender: 'man', ageBand: '25-44' });
		expect(mergedPerson(keep, drop, { gender: 'drop' })).toMatchObject({ id: 'k', gender: 'x' });
	});

	it('keeps both notes and the earliest first contact', () => {
		const keep = testPerson({ notes: 'a', firstContact: '2023-05-01' });
		const drop = testPerson({ id: 'd', notes: 'b', firstContact: '2022-01-01' });
		expect(mergedPerson(keep, drop, {})).toMatchObject({
			notes: 'a\n\nb',
			firstContact: '2022-01-01'
		});
	});
});
