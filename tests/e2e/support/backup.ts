import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Adds a person through the Personen page and waits for their page. */
export async function addPerson(page: Page, alias: string): Promise<void> {
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
	await page.getByLabel('Roepnaam of initialen').fill(alias);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { name: alias })).toBeVisible();
}

/** Makes a backup from Instellingen, saves the download at `path` and returns its bytes. */
export async function makeBackup(page: Page, path: string): Promise<Buffer> {
	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back-up maken' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^stekboek-backup-\d{4}-\d{2}-\d{2}\.stekboek$/);
	await download.saveAs(path);
	return readFile(path);
}

/** Opens the restore dialog with `Back-up terugzetten` and returns it. */
export async function openRestoreDialog(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Back-up terugzetten' }).click();
	const dialog = page.getByRole('dialog', { name: 'Back-up terugzetten' });
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Fills the restore dialog with a file (as bytes) and a passphrase, and submits. */
export async function submitRestore(
	dialog: Locator,
	bytes: Buffer,
	passphrase: string
): Promise<void> {
	await dialog.getByLabel('Back-up-bestand').setInputFiles({
		name: 'stekboek-backup.stekboek',
		mimeType: 'application/octet-stream',
		buffer: bytes
	});
	await dialog.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
	await dialog.getByRole('button', { name: 'Terugzetten', exact: true }).click();
}

/** A copy with one bit flipped at `position` (a fraction of the length). */
export function bitFlipped(bytes: Buffer, position = 0.6): Buffer {
	const copy = Buffer.from(bytes);
	const at = Math.floor(copy.length * position);
	copy[at] = (copy[at] ?? 0) ^ 0x10;
	return copy;
}

/** A copy cut off `missing` bytes before its end. */
export function truncated(bytes: Buffer, missing = 100): Buffer {
	return Buffer.from(bytes.subarray(0, bytes.length - missing));
}
