import { describe, expect, it, vi } from 'vitest';
import type { Change } from '$lib/db/encrypted-repository';
import type { Contact } from '$lib/domain/contact.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { VaultData } from '$lib/state/vault-data.svelte';
import { TaxonomyEditor } from './taxonomy-editor.svelte';

const contact: Contact = {
	id: 'contact-1',
	date: '2022-01-01',
	personId: null,
	activityId: 'act-digipunt',
	function: null,
	note: '',
	helpRequests: []
};

/** A vault in memory: `commit` applies puts and deletes to the taxonomy, like the real one. */
function fakeVault() {
	let taxonomy = defaultTaxonomy();
	const vault = {
		get taxonomy() {
			return [...taxonomy].sort((a, b) => a.order - b.order);
		},
		list: (kind: string) => (kind === 'contact' ? [contact] : []),
		commit: vi.fn(async (changes: readonly Change[]) => {
			for (const change of changes) {
				taxonomy = taxonomy.filter(
					(item) => item.id !== (change.op === 'put' ? change.record.id : change.id)
				);
				if (change.op === 'put') taxonomy.push(change.record as TaxonomyItem);
			}
		})
	};
	return vault;
}

describe('TaxonomyEditor', () => {
	it('writes each action as one commit', async () => {
		const vault = fakeVault();
		const editor = new TaxonomyEditor(() => vault as unknown as VaultData);
		expect(await editor.add('areas', 'Rumbeke', 'individual')).toBeNull();
		const werk = vault.taxonomy.find((item) => item.id === 'theme-werk')!;
		expect(await editor.rename(werk, 'Werk en inkomen', '')).toBeNull();
		await editor.move(werk, 1);
		await editor.setArchived(werk, true);
		expect(vault.commit).toHaveBeenCalledTimes(4);
		expect(vault.commit.mock.calls[2]?.[0]).toHaveLength(2);
		expect(editor.itemsOf('themes').archived.map((item) => item.label)).toEqual([
			'Werk en inkomen'
		]);
		expect(editor.itemsOf('areas').active.at(-1)?.label).toBe('Rumbeke');
	});

	it('returns the problem with a label and writes nothing', async () => {
		const vault = fakeVault();
		const editor = new TaxonomyEditor(() => vault as unknown as VaultData);
		expect(await editor.add('themes', ' werk ', 'individual')).toBe(
			'“Werk” staat al in deze lijst.'
		);
		expect(vault.commit).not.toHaveBeenCalled();
	});

	it('deletes only an unused item added in this session; refuses items in use', async () => {
		const vault = fakeVault();
		const editor = new TaxonomyEditor(() => vault as unknown as VaultData);
		await editor.add('activities', 'Buurtfeest', 'group');
		const added = vault.taxonomy.find((item) => item.label === 'Buurtfeest')!;
		const digipunt = vault.taxonomy.find((item) => item.id === 'act-digipunt')!;
		const energie = vault.taxonomy.find((item) => item.id === 'theme-energie')!;
		expect(editor.canDelete(added)).toBe(true);
		expect(editor.canDelete(digipunt)).toBe(false);
		expect(editor.canDelete(energie)).toBe(false);

		await editor.remove(digipunt);
		expect(editor.message).toEqual({
			text: 'Dit item wordt gebruikt (1 keer) en kan alleen gearchiveerd worden.',
			error: true
		});
		expect(vault.commit).toHaveBeenCalledTimes(1);
		await editor.remove(added);
		expect(vault.commit).toHaveBeenCalledTimes(2);
		expect(vault.taxonomy.some((item) => item.id === added.id)).toBe(false);
	});
});
