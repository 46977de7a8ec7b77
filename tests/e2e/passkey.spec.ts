import { expect, test, type Locator, type Page } from '@playwright/test';
import { fromBase64, toBase64 } from '../../src/lib/crypto/bytes';
import { hkdfSha256 } from '../../src/lib/crypto/hkdf';
import { openVaultWithPasskey, passkeyPrfSalt } from '../../src/lib/crypto/passkey-slot';
import { vaultHeaderSchema } from '../../src/lib/crypto/vault-header';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openNav } from './support/nav';
import { watchForeignRequests } from './support/same-origin';
import {
	addAuthenticator,
	capturePrfOutputs,
	clearCredentials,
	credentialCount,
	failedUnlocks,
	seenPrfOutputs,
	setUpPasskey,
	vaultRow
} from './support/passkey';
import { chip, helpRequest, openRegistration, registerNewPerson } from './support/registration';
import { dumpStorage } from './support/storage-dump';
import { createVault, lock, PASSPHRASE, unlock } from './support/vault';

const passkeyButton = (page: Page) =>
	page.getByRole('button', { name: 'Ontgrendel met passkey', exact: true });

/** Every spelling a key could take in storage: base64url, base64, hex and raw bytes. */
function spellings(bytes: Uint8Array): string[] {
	const base64 = Buffer.from(bytes).toString('base64');
	return [
		toBase64(bytes),
		base64,
		base64.replace(/=+$/, ''),
		Buffer.from(bytes).toString('hex'),
		Buffer.from(bytes).toString('latin1')
	];
}

test('sets up a passkey, then opens the vault with one touch and keeps no key or PRF output at rest', async ({
	page,
	context,
	baseURL
}) => {
	const foreign = watchForeignRequests(context, new URL(baseURL!).origin);
	await capturePrfOutputs(page);
	const authenticator = await addAuthenticator(page, { hasPrf: true });
	await createVault(page);
	await setUpPasskey(page, PASSPHRASE);
	expect(await credentialCount(authenticator)).toBe(1);
	const prfAtSetUp = await seenPrfOutputs(page);
	expect(prfAtSetUp.length).toBeGreaterThan(0);

	await lock(page);
	// The passkey comes first; the passphrase stays visible below it as the fallback.
	const passkeyBox = await passkeyButton(page).boundingBox();
	const passphraseBox = await page.getByLabel('Wachtwoordzin').boundingBox();
	expect(passkeyBox!.y).toBeLessThan(passphraseBox!.y);
	await expectNoSeriousA11yViolations(page);
	await passkeyButton(page).click();
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
	const prfAtUnlock = await seenPrfOutputs(page);
	expect(prfAtUnlock).toHaveLength(1);
	expect(prfAtSetUp).toContain(prfAtUnlock[0]);

	await lock(page);
	const header = vaultHeaderSchema.parse((await vaultRow(page)).header);
	expect(header.passkey).toBeDefined();
	// Derive the keys here, outside the app, from the PRF output the browser handed over.
	const prf = fromBase64(prfAtUnlock[0]!);
	const { keys } = await openVaultWithPasskey(header, prf);
	const wrapKey = hkdfSha256(prf, passkeyPrfSalt(header.vaultId), 'stekboek-vault|passkey-wrap-v1');
	const dump = await dumpStorage(page);
	const everything = `${dump.indexedDb}\n${dump.webStorage}\n${dump.cacheStorage}`;
	for (const secret of [prf, wrapKey, keys.dataKey, keys.privateKey]) {
		for (const spelling of spellings(secret)) expect(everything).not.toContain(spelling);
	}
	expect(foreign).toEqual([]);
});

test('falls back to the passphrase when the passkey is gone or does not open the vault', async ({
	page
}) => {
	const authenticator = await addAuthenticator(page, { hasPrf: true });
	await createVault(page);
	await setUpPasskey(page, PASSPHRASE);
	await lock(page);

	// A slot that the passkey's answer does not open: a clear message, counted like a wrong passphrase.
	await vaultRow(page, true);
	await page.reload();
	await passkeyButton(page).click();
	await expect(page.getByRole('alert').filter({ hasText: 'opent de kluis niet' })).toBeVisible();
	await expect(page.getByLabel('Wachtwoordzin')).toBeFocused();
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);
	expect(await failedUnlocks(page)).toBe(1);
	await unlock(page);
	expect(await failedUnlocks(page)).toBe(0);

	// The worker replaces the broken passkey, then deletes it on the phone: not counted.
	await openNav(page, 'Instellingen');
	await page.getByRole('button', { name: 'Passkey verwijderen' }).click();
	await setUpPasskey(page, PASSPHRASE);
	await lock(page);
	await clearCredentials(authenticator);
	await passkeyButton(page).click();
	await expect(page.getByRole('alert').filter({ hasText: 'wachtwoordzin' })).toBeVisible();
	await expect(page.getByLabel('Wachtwoordzin')).toBeFocused();
	expect(await failedUnlocks(page)).toBe(0);
	await unlock(page);
});

test('removing the passkey removes the slot, and the passphrase still opens the vault', async ({
	page
}) => {
	await addAuthenticator(page, { hasPrf: true });
	await createVault(page);
	await setUpPasskey(page, PASSPHRASE);
	await page.getByRole('button', { name: 'Passkey verwijderen' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'De passkey is verwijderd' })
	).toBeVisible();
	expect(vaultHeaderSchema.parse((await vaultRow(page)).header).passkey).toBeUndefined();
	await expect(page.getByRole('button', { name: 'Passkey instellen' })).toBeVisible();

	await lock(page);
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await expect(passkeyButton(page)).toHaveCount(0);
	await unlock(page);
});

test('a key renewal with the passphrase change removes the passkey and says so', async ({
	page
}) => {
	const next = 'een nieuwe lange zin voor de stek';
	await addAuthenticator(page, { hasPrf: true });
	await createVault(page);
	await setUpPasskey(page, PASSPHRASE);
	await page.getByLabel('Huidige wachtwoordzin').fill(PASSPHRASE);
	await page.getByLabel('Nieuwe wachtwoordzin', { exact: true }).fill(next);
	await page.getByLabel('Herhaal nieuwe wachtwoordzin').fill(next);
	await page.getByRole('button', { name: 'Wachtwoordzin wijzigen' }).click();
	await expect(page.getByText('De passkey is verwijderd, want hij opende de oude')).toBeVisible();
	expect(vaultHeaderSchema.parse((await vaultRow(page)).header).passkey).toBeUndefined();
	await expect(page.getByRole('button', { name: 'Passkey instellen' })).toBeVisible();

	await lock(page);
	await expect(passkeyButton(page)).toHaveCount(0);
	await unlock(page, next);
});

test('without PRF no passkey is stored, the setting says why and the lock screen offers none', async ({
	page
}) => {
	await addAuthenticator(page, { hasPrf: false });
	await createVault(page);
	await openNav(page, 'Instellingen');
	await page.getByRole('button', { name: 'Passkey instellen', exact: true }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
	await dialog.getByRole('button', { name: 'Passkey instellen', exact: true }).click();
	await expect(dialog.getByRole('alert')).toContainText('PRF-uitbreiding ontbreekt');
	expect(vaultHeaderSchema.parse((await vaultRow(page)).header).passkey).toBeUndefined();
	await dialog.getByRole('button', { name: 'Annuleren' }).click();

	await lock(page);
	await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeVisible();
	await expect(passkeyButton(page)).toHaveCount(0);
});

test('a browser without WebAuthn gets no passkey button, and the setting says why', async ({
	page
}) => {
	await page.addInitScript(() => {
		delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
	});
	await createVault(page);
	await openNav(page, 'Instellingen');
	await expect(page.getByText('Deze browser ondersteunt geen passkeys')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Passkey instellen' })).toHaveCount(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('prints taps and seconds from a locked phone to a saved contact, passkey and passphrase', async ({
		page
	}) => {
		await addAuthenticator(page, { hasPrf: true });
		await createVault(page);
		await registerNewPerson(page, {
			alias: 'Mo',
			activity: 'Digipunt',
			theme: 'Digitaal',
			approach: 'Informatie'
		});
		await setUpPasskey(page, PASSPHRASE);
		await openRegistration(page);
		const figures: string[] = [];
		for (const way of ['passkey', 'passphrase'] as const) {
			await lock(page);
			let taps = 0;
			let keystrokes = 0;
			const tap = async (target: Locator) => {
				taps++;
				await target.click();
			};
			const started = Date.now();
			if (way === 'passkey') {
				await tap(passkeyButton(page));
				taps++; // the fingerprint or face on the phone (the virtual authenticator gives it)
			} else {
				await tap(page.getByLabel('Wachtwoordzin'));
				await page.keyboard.type(PASSPHRASE);
				keystrokes += PASSPHRASE.length;
				await tap(page.getByRole('button', { name: 'Ontgrendelen' }));
			}
			await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
			const unlocked = Date.now();
			await tap(page.getByRole('combobox', { name: 'Zoek op roepnaam' }));
			await page.keyboard.type('mo');
			keystrokes += 2;
			await tap(page.getByRole('option', { name: 'Mo', exact: true }));
			await tap(page.getByRole('button', { name: 'Hulpvraag toevoegen' }));
			await tap(chip(helpRequest(page, 1), 'Thema', 'Werk'));
			await tap(chip(helpRequest(page, 1), 'Aanpak', 'Advies'));
			await tap(page.getByRole('button', { name: 'Contact opslaan' }));
			await expect(page.getByRole('status')).toContainText('Contact opgeslagen met 1 hulpvraag');
			const seconds = (Date.now() - started) / 1000;
			figures.push(
				`${way}: ${taps} taps, ${keystrokes} keystrokes, ${seconds.toFixed(2)} s scripted ` +
					`(unlock ${((unlocked - started) / 1000).toFixed(2)} s)`
			);
		}
		console.log(
			`Locked phone (390×844) to a saved contact for a known person:\n${figures.join('\n')}`
		);
	});
});
