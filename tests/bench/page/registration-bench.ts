import { randomBytes } from '$lib/crypto';
import { openDatabase } from '$lib/db/database';
import { EncryptedRepository, type Change } from '$lib/db/encrypted-repository';
import { generateDemoData } from '$lib/demo/demo-data';
import { newId } from '$lib/domain/common.schema';
import { indexPersons, searchPersons } from '$lib/components/persons/person-search';
import { previewSheet, resolveImport, makeSampleSheet } from '$lib/import';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { summarize, time } from './stats';

/** Saving one contact (encrypt + one transaction) into a vault that holds 10,000 contacts. */
export async function benchSaveLatency(contactsInVault = 10_000, saves = 60) {
	const data = generateDemoData({ contactsPerYear: Math.ceil(contactsInVault / 3) });
	const contacts = data.contacts.slice(0, contactsInVault);
	const db = openDatabase(`bench-save-${newId()}`);
	const repository = new EncryptedRepository(db, randomBytes(32));
	await repository.commit(
		contacts.map((record): Change => ({ op: 'put', kind: 'contact', record }))
	);
	const samples: number[] = [];
	for (let run = 0; run < saves; run++) {
		const record = { ...contacts[run % contacts.length]!, id: newId() };
		samples.push(await time(() => repository.commit([{ op: 'put', kind: 'contact', record }])));
	}
	db.close();
	return { contactsInVault: contacts.length, ...summarize(samples) };
}

/** One keystroke of the person search over 2,000 persons (the function, without rendering). */
export async function benchSearch(personCount = 2_000) {
	const persons = generateDemoData({ contactsPerYear: 2_000 }).persons.slice(0, personCount);
	const index = indexPersons(persons);
	const samples: number[] = [];
	for (const word of ['m', 'ma', 'mar', 'mari', 'j', 'je', 'jef', 'a', 'an', 'ann']) {
		for (let run = 0; run < 10; run++)
			samples.push(await time(() => searchPersons(index, word, 20)));
	}
	return { persons: persons.length, ...summarize(samples) };
}

/** A 1,200-row registration sheet: parse, map, resolve and write in one transaction. */
export async function benchImport(rows = 1_200) {
	const text = makeSampleSheet(rows, 42);
	const db = openDatabase(`bench-import-${newId()}`);
	const repository = new EncryptedRepository(db, randomBytes(32));
	const elapsed = await time(async () => {
		const preview = previewSheet(text, defaultTaxonomy(), []);
		if (!preview.ok) throw new Error('sample sheet refused');
		const decisions = Object.fromEntries(
			preview.value.unknownLabels.map((label) => [label.key, { action: 'add' as const }])
		);
		const records = resolveImport(preview.value, decisions);
		if (!records.ok) throw new Error('sample sheet not resolved');
		await repository.commit([
			...records.value.taxonomyItems.map((record): Change => ({
				op: 'put',
				kind: 'taxonomy',
				record
			})),
			...records.value.persons.map((record): Change => ({ op: 'put', kind: 'person', record })),
			...records.value.contacts.map((record): Change => ({ op: 'put', kind: 'contact', record }))
		]);
	});
	db.close();
	return { rows, ms: Math.round(elapsed), contactsWritten: repository.count('contact') };
}
