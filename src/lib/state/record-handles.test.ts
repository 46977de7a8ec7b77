import { describe, expect, it } from 'vitest';
import { HandleRegistry, randomHandle } from './record-handles';

const personId = 'p_9f2c4a1e7b';

describe('HandleRegistry', () => {
	it('gives a record one random handle per session that leads back to it', () => {
		const handles = new HandleRegistry();
		const handle = handles.handleFor('person', personId);
		expect(handle).not.toContain(personId);
		expect(handles.handleFor('person', personId)).toBe(handle);
		expect(handles.targetOf('person', handle)).toBe(personId);
	});

	it('gives different records and kinds different handles', () => {
		const handles = new HandleRegistry();
		const person = handles.handleFor('person', personId);
		expect(handles.handleFor('signal', personId)).not.toBe(person);
		expect(handles.handleFor('person', 'p_other')).not.toBe(person);
	});

	it('refuses a handle of another kind, an unknown one and one from before a reload', () => {
		const before = new HandleRegistry();
		const handle = before.handleFor('person', personId);
		expect(before.targetOf('signal', handle)).toBeNull();
		expect(before.targetOf('person', 'made-up')).toBeNull();
		const afterReload = new HandleRegistry();
		expect(afterReload.targetOf('person', handle)).toBeNull();
		before.clear();
		expect(before.targetOf('person', handle)).toBeNull();
	});

	it('keeps structured targets apart and returns them whole', () => {
		const handles = new HandleRegistry();
		const first = handles.handleFor('helpRequest', { contactId: 'c1', requestId: 'r1' });
		const second = handles.handleFor('helpRequest', { contactId: 'c1', requestId: 'r2' });
		expect(first).not.toBe(second);
		expect(handles.targetOf('helpRequest', second)).toEqual({ contactId: 'c1', requestId: 'r2' });
	});

	it('draws again when a random handle is already taken', () => {
		const draws = ['same', 'same', 'other'];
		const handles = new HandleRegistry(() => draws.shift()!);
		expect(handles.handleFor('person', 'a')).toBe('same');
		expect(handles.handleFor('person', 'b')).toBe('other');
	});

	it('makes URL-safe handles of 16 characters that differ every time', () => {
		const drawn = new Set(Array.from({ length: 1000 }, randomHandle));
		expect(drawn.size).toBe(1000);
		for (const handle of drawn) expect(handle).toMatch(/^[A-Za-z0-9_-]{16}$/);
	});
});
