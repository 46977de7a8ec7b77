import { expect, test } from '@playwright/test';
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
	// The draft is written a moment after the last change, as one more opaque row.
	await expect
		.poll(async () => (await readStoredRows(page)).items.length)
		.toBeGreaterThan(rowsBefore);

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
