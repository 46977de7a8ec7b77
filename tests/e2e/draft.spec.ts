import { expect, test, type Page } from '@playwright/test';
import { chip } from './support/registration';
import { dumpStorage } from './support/storage-dump';
import { createVault, lock, unlock } from './support/vault';
import { readStoredRows } from './support/vault-format';

const ALIAS = 'Draft-Sentinel-K9';
const NOTE = 'half getypt, nog niet bewaard';

test('half a registration survives a reload and a lock as an encrypted draft', async ({ page }) => {
	await createVault(page);
	const rowsBefore = (await readStoredRows(page)).items.length;
	await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill(ALIAS);
	await page.getByLabel('Notitie').fill(NOTE);
	// The draft is written a moment after the last change, as one more opaque row. On a
	// busy machine a first save may come between the two fields: wait until the rows
	// (ids and nonces, which change with every save) have been still for two seconds.
	await expect
		.poll(async () => (await readStoredRows(page)).items.length)
		.toBeGreaterThan(rowsBefore);
	await waitUntilRowsAreStill(page, 2000);

	await page.reload();
	await unlock(page);
	await expect(page.getByLabel('Roepnaam of initialen')).toHaveValue(ALIAS);
	await expect(page.getByLabel('Notitie')).toHaveValue(NOTE);

	await page.getByLabel('Notitie').fill(`${NOTE}, en meer`);
	await lock(page);
	const dump = await dumpStorage(page);
	expect(dump.indexedDb).not.toContain(ALIAS);
	expect(dump.indexedDb).not.toContain(NOTE);
	await unlock(page);
	await expect(page.getByLabel('Notitie')).toHaveValue(`${NOTE}, en meer`);

	await chip(page, 'Activiteit of plaats', 'Sociale kruidenier').click();
	await page.getByRole('button', { name: 'Contact opslaan' }).click();
	await expect(page.getByLabel('Notitie')).toHaveValue('');
	await page.reload();
	await unlock(page);
	await expect(page.getByLabel('Notitie')).toHaveValue('');
});

/** Waits until no row of the item store was written for `quietMs`. */
async function waitUntilRowsAreStill(page: Page, quietMs: number): Promise<void> {
	const fingerprint = () =>
		page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('stekboek');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const rows = await new Promise<{ id: string; nonce: Uint8Array }[]>((resolve, reject) => {
				const request = db.transaction('items').objectStore('items').getAll();
				request.onsuccess = () => resolve(request.result as { id: string; nonce: Uint8Array }[]);
				request.onerror = () => reject(request.error);
			});
			db.close();
			return rows.map((row) => `${row.id}:${Array.from(row.nonce).join('.')}`).join('|');
		});
	let last = await fingerprint();
	let stillSince = Date.now();
	while (Date.now() - stillSince < quietMs) {
		await page.waitForTimeout(200);
		const now = await fingerprint();
		if (now !== last) [last, stillSince] = [now, Date.now()];
	}
}
