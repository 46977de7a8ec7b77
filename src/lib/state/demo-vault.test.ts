import { describe, expect, it } from 'vitest';
import { generateDemoData } from '$lib/demo/demo-data';
import { recordKinds } from '$lib/domain/record-kinds';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { MIN_PASSPHRASE_LENGTH } from './vault-session.svelte';
import {
	DEMO_MARKER_ID,
	DEMO_PASSPHRASE,
	demoChanges,
	demoMarker,
	isDemoVault
} from './demo-vault';

const now = new Date('2026-01-05T10:00:00Z');

describe('demo vault', () => {
	it('puts every generated record once, each valid for its kind, plus the marker', () => {
		const data = generateDemoData();
		const changes = demoChanges(data, now);
		const records =
			data.persons.length +
			data.contacts.length +
			data.sessions.length +
			data.outreach.length +
			data.signals.length +
			data.focusSessions.length +
			data.focusInputs.length;
		expect(changes).toHaveLength(records + 1);
		for (const change of changes) {
			if (change.op !== 'put') throw new Error('only puts expected');
			expect(recordKinds[change.kind].schema.safeParse(change.record).success).toBe(true);
		}
		expect(changes.some((c) => c.op === 'put' && c.kind === 'taxonomy')).toBe(false);
		expect(data.taxonomy).toEqual(defaultTaxonomy());
	});

	it('is recognised by its marker record only', () => {
		const marker = demoMarker(now);
		expect(recordKinds.draft.schema.safeParse(marker).success).toBe(true);
		const vaultWith = (id: string | null) => ({
			get: (kind: string, wanted: string) =>
				kind === 'draft' && wanted === id ? marker : undefined
		});
		expect(isDemoVault(vaultWith(DEMO_MARKER_ID) as never)).toBe(true);
		expect(isDemoVault(vaultWith(null) as never)).toBe(false);
	});

	it('uses a passphrase the vault accepts', () => {
		expect(DEMO_PASSPHRASE.length).toBeGreaterThanOrEqual(MIN_PASSPHRASE_LENGTH);
	});
});
