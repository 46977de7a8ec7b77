import { describe, expect, it } from 'vitest';
import type { FocusSession } from '$lib/domain/focus.schema';
import type { Signal, SignalEvidence } from '$lib/domain/signal.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { deleteDrafts } from './draft-actions';
import { deleteFocusTemplate, FOCUS_ACTIVITY_ID, saveFocusHeadcount } from './focus-actions';
import { linkEvidence, unlinkEvidence } from './signal-actions';
import { saveTaxonomyItems } from './taxonomy-actions';
import { VaultError } from './vault-error';
import { memoryVault } from '$test-support/state/vault-test-kit';

const signal: Signal = {
	id: 'sig-1',
	title: 'UiTPAS onduidelijk',
	themeIds: [],
	description: '',
	firstSeen: '2024-02-01',
	evidence: [],
	forwardedTo: [],
	status: 'nieuw',
	outcome: ''
};
const evidence: SignalEvidence = { kind: 'helpRequest', contactId: 'c1', helpRequestId: 'r1' };
const focus: FocusSession = {
	id: 'focus-1',
	date: '2024-05-02',
	title: 'Voorjaar',
	prompts: [{ id: 'p1', kind: 'open', text: 'Wat valt op?' }],
	headcount: 14
};

describe('signal evidence actions', () => {
	it('links evidence to the stored signal once and unlinks it again', async () => {
		const vault = memoryVault({ signal: [signal] });
		expect(await linkEvidence(vault.data, 'sig-1', evidence)).toEqual({ ok: true });
		await linkEvidence(vault.data, 'sig-1', evidence);
		expect(vault.data.get('signal', 'sig-1')?.evidence).toEqual([evidence]);
		expect(await unlinkEvidence(vault.data, 'sig-1', evidence)).toEqual({ ok: true });
		expect(vault.data.get('signal', 'sig-1')?.evidence).toEqual([]);
	});

	it('says the signal is gone instead of writing a new one', async () => {
		const vault = memoryVault();
		const result = await linkEvidence(vault.data, 'sig-1', evidence);
		expect(result).toMatchObject({ ok: false, error: { key: 'signals.error.gone' } });
		expect(vault.commits).toHaveLength(0);
	});

	it('keeps the specific message of a full storage', async () => {
		const vault = memoryVault({ signal: [signal] });
		vault.failNext(new VaultError('storage.full'));
		const result = await linkEvidence(vault.data, 'sig-1', evidence);
		expect(result).toMatchObject({ ok: false, error: { key: 'storage.full' } });
		expect(vault.data.get('signal', 'sig-1')?.evidence).toEqual([]);
	});
});

describe('focus actions', () => {
	it('corrects the headcount and the Focusgroep session in one commit', async () => {
		const activity = defaultTaxonomy().find((item) => item.id === FOCUS_ACTIVITY_ID)!;
		const vault = memoryVault({ focusSession: [focus], taxonomy: [activity] });
		expect(await saveFocusHeadcount(vault.data, focus, 11)).toEqual({ ok: true });
		expect(vault.commits).toHaveLength(1);
		expect(vault.data.get('focusSession', 'focus-1')?.headcount).toBe(11);
		expect(vault.data.get('session', 'focus-1')?.anonymousCount).toBe(11);
	});

	it('deletes a template, and turns an unknown failure into the general message', async () => {
		const template = { id: 't1', title: 'Vaste vragen', prompts: focus.prompts };
		const vault = memoryVault({ focusTemplate: [template] });
		vault.failNext(new Error('boom'));
		const failed = await deleteFocusTemplate(vault.data, 't1');
		expect(failed).toMatchObject({ ok: false, error: { key: 'vault.error' } });
		expect(vault.data.get('focusTemplate', 't1')).toBeDefined();
		expect(await deleteFocusTemplate(vault.data, 't1')).toEqual({ ok: true });
		expect(vault.data.get('focusTemplate', 't1')).toBeUndefined();
	});
});

describe('draft and list actions', () => {
	it('removes several drafts in one commit and commits nothing for none', async () => {
		const draft = (id: string) => ({ id, kind: 'quickCapture', sealed: '' }) as never;
		const vault = memoryVault({ draft: [draft('d1'), draft('d2'), draft('d3')] });
		expect(await deleteDrafts(vault.data, [])).toEqual({ ok: true });
		expect(vault.commits).toHaveLength(0);
		await deleteDrafts(vault.data, ['d1', 'd3']);
		expect(vault.commits).toHaveLength(1);
		expect(vault.data.list('draft').map((d) => d.id)).toEqual(['d2']);
	});

	it('stores list items and removes one in the same commit', async () => {
		const [first, second] = defaultTaxonomy();
		const vault = memoryVault({ taxonomy: [first!, second!] });
		const renamed = { ...first!, label: 'Nieuwe naam' };
		expect(await saveTaxonomyItems(vault.data, [renamed], second!.id)).toEqual({ ok: true });
		expect(vault.commits).toHaveLength(1);
		expect(vault.data.list('taxonomy')).toEqual([renamed]);
	});
});
