import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
	addPerson,
	bitFlipped,
	makeBackup,
	openRestoreDialog,
	submitRestore,
	truncated
} from './support/backup';
import { dumpStorage } from './support/storage-dump';
import { createVault, lock, PASSPHRASE, unlock } from './support/vault';

const ALIAS = 'Back-up-Sentinel-K4TW';
const LATER = 'Na-de-back-up-P8RN';

test('a backup restores on a fresh device; damaged copies and a wrong passphrase change nothing', async ({
	page,
	browser
}, testInfo) => {
	await createVault(page);
	await addPerson(page, ALIAS);
	const backup = await makeBackup(page, testInfo.outputPath('backup.stekboek'));
	await expect(page.getByText(/^Laatste back-up:/)).toBeVisible();
	// The message names what the worker recognises, not the lists and settings rows.
	await expect(
		page.getByRole('status').getByText(/Back-up gemaakt: .*; 1 persoon\)/)
	).toBeVisible();
	expect(backup.subarray(0, 8).toString('latin1')).toBe('STEKBOEK');
	expect(backup.toString('latin1')).not.toContain(ALIAS);

	const fresh = await browser.newContext();
	const device = await fresh.newPage();
	await device.goto('/');
	await expect(device.getByRole('button', { name: 'Kluis aanmaken' })).toBeVisible();
	const dialog = await openRestoreDialog(device);
	await expectNoSeriousA11yViolations(device);

	const refusals: [Buffer, string, RegExp][] = [
		[bitFlipped(backup), PASSPHRASE, /beschadigd of aangepast/],
		[truncated(backup), PASSPHRASE, /onvolledig/],
		[backup, 'dit is niet de juiste zin', /wachtwoordzin opent deze back-up niet/]
	];
	for (const [bytes, passphrase, message] of refusals) {
		await submitRestore(dialog, bytes, passphrase);
		await expect(dialog.getByRole('alert')).toHaveText(message);
		await expect(dialog.getByRole('alert')).toContainText('Er is niets veranderd');
	}
	await dialog.getByRole('button', { name: 'Annuleren' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(device.getByRole('button', { name: 'Kluis aanmaken' })).toBeVisible();
	const untouched = await dumpStorage(device);
	expect(untouched.indexedDb).not.toMatch(/## stekboek\/(vault|records|items) \([1-9]/);
	await device.reload();
	await expect(device.getByRole('button', { name: 'Kluis aanmaken' })).toBeVisible();

	await submitRestore(await openRestoreDialog(device), backup, PASSPHRASE);
	await expect(device.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
	await lock(device);
	await unlock(device);
	await device.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(device.getByRole('link', { name: ALIAS })).toBeVisible();
	await device.getByRole('link', { name: 'Instellingen', exact: true }).click();
	await expect(device.getByText(/^Laatste back-up:/)).toBeVisible();
	await fresh.close();
});

test('restoring onto a vault asks to merge or replace, and replacing needs the typed word', async ({
	page
}, testInfo) => {
	await createVault(page);
	await addPerson(page, ALIAS);
	const backup = await makeBackup(page, testInfo.outputPath('backup.stekboek'));
	await addPerson(page, LATER);

	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	let dialog = await openRestoreDialog(page);
	await expectNoSeriousA11yViolations(page);
	await submitRestore(dialog, backup, PASSPHRASE);
	await expect(dialog.getByRole('alert')).toHaveText(/samenvoegen of vervangen/);

	await dialog.getByRole('radio', { name: 'Samenvoegen op id' }).check();
	await dialog.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(dialog.getByRole('status')).toContainText('Back-up samengevoegd');
	await dialog.getByRole('button', { name: 'Sluiten' }).click();
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByRole('link', { name: ALIAS })).toBeVisible();
	await expect(page.getByRole('link', { name: LATER })).toBeVisible();

	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	dialog = await openRestoreDialog(page);
	await dialog.getByRole('radio', { name: 'Vervangen' }).check();
	await submitRestore(dialog, backup, PASSPHRASE);
	await expect(dialog.getByRole('alert')).toHaveText(/Typ VERVANGEN/);
	await dialog.getByLabel('Typ VERVANGEN om te bevestigen').fill('VERVANGEN');
	await dialog.getByRole('button', { name: 'Terugzetten', exact: true }).click();
	await expect(dialog.getByRole('status')).toContainText('Back-up teruggezet');
	await dialog.getByRole('button', { name: 'Sluiten' }).click();
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByRole('link', { name: ALIAS })).toBeVisible();
	await expect(page.getByRole('link', { name: LATER })).toHaveCount(0);

	await lock(page);
	await unlock(page);
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await expect(page.getByRole('link', { name: ALIAS })).toBeVisible();
	await expect(page.getByRole('link', { name: LATER })).toHaveCount(0);
});
