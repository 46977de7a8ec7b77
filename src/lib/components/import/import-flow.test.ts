import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Change } from '$lib/db/encrypted-repository';
import { defaultSettings } from '$lib/domain/settings.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { VaultData } from '$lib/state/vault-data.svelte';
import { ImportFlow } from './import-flow.svelte';

function fakeVault(commit: (changes: readonly Change[]) => Promise<void>) {
	return {
		taxonomy: defaultTaxonomy(),
		persons: [],
		settings: defaultSettings,
		get: () => undefined,
		list: () => [],
		commit: vi.fn(commit)
	};
}

const sheet = (name: string) =>
	new File([readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url))], name);

describe('ImportFlow', () => {
	it('writes nothing while previewing, then everything in exactly one commit', async () => {
		const vault = fakeVault(async () => {});
		const flow = new ImportFlow(() => vault as unknown as VaultData);
		await flow.choose(sheet('registratie-voorbeeld.csv'));
		expect(flow.preview?.contacts).toBe(4);
		expect(flow.ready).toBe(false);
		flow.decide('themes:woonzorg', { action: 'map', activityKind: 'individual', toId: '' });
		expect(flow.ready).toBe(false);
		flow.decide('themes:woonzorg', {
			action: 'map',
			activityKind: 'individual',
			toId: 'theme-huisvesting'
		});
		expect(flow.ready).toBe(true);
		expect(vault.commit).not.toHaveBeenCalled();

		await flow.importAll();
		expect(vault.commit).toHaveBeenCalledTimes(1);
		const changes = vault.commit.mock.calls[0]?.[0] ?? [];
		const kinds = changes.map((change) => change.kind);
		expect(kinds.filter((kind) => kind === 'person')).toHaveLength(3);
		expect(kinds.filter((kind) => kind === 'contact')).toHaveLength(4);
		expect(kinds.filter((kind) => kind === 'taxonomy')).toHaveLength(0);
		expect(flow.summary).toEqual({
			contacts: 4,
			helpRequests: 4,
			newPersons: 3,
			updatedPersons: 0,
			items: 0,
			skipped: 0
		});
		expect(flow.preview).toBeNull();
	});

	it('adds an unknown label as a new item in the same commit', async () => {
		const vault = fakeVault(async () => {});
		const flow = new ImportFlow(() => vault as unknown as VaultData);
		await flow.choose(sheet('registratie-voorbeeld.csv'));
		flow.decide('themes:woonzorg', { action: 'add', activityKind: 'individual', toId: '' });
		await flow.importAll();
		const changes = vault.commit.mock.calls[0]?.[0] ?? [];
		const items = changes.flatMap((change) =>
			change.op === 'put' && change.kind === 'taxonomy' ? [change.record] : []
		);
		expect(items.map((item) => [item.list, item.label])).toEqual([['themes', 'Woonzorg']]);
		expect(flow.summary?.items).toBe(1);
	});

	it('refuses a file without the required columns and never commits', async () => {
		const vault = fakeVault(async () => {});
		const flow = new ImportFlow(() => vault as unknown as VaultData);
		await flow.choose(sheet('registratie-kapot.csv'));
		expect(flow.preview).toBeNull();
		expect(flow.errors).toHaveLength(1);
		await flow.importAll();
		expect(vault.commit).not.toHaveBeenCalled();
	});

	it('keeps the preview and says so when the commit fails', async () => {
		const vault = fakeVault(async () => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		const flow = new ImportFlow(() => vault as unknown as VaultData);
		await flow.choose(sheet('registratie-voorbeeld.csv'));
		flow.decide('themes:woonzorg', { action: 'add', activityKind: 'individual', toId: '' });
		await flow.importAll();
		expect(flow.summary).toBeNull();
		expect(flow.preview).not.toBeNull();
		expect(flow.errors[0]).toContain('QuotaExceededError');
		expect(flow.saving).toBe(false);
	});
});
