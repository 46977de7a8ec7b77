import { expect, type CDPSession, type Page } from '@playwright/test';
import { openNav } from './nav';

/** Chromium's virtual platform authenticator, driven over CDP. */
export interface VirtualAuthenticator {
	cdp: CDPSession;
	authenticatorId: string;
}

/**
 * Adds a virtual platform authenticator (fingerprint already given) to the page's tab.
 * `hasPrf: false` is an authenticator without the hmac-secret/PRF extension.
 */
export async function addAuthenticator(
	page: Page,
	{ hasPrf }: { hasPrf: boolean }
): Promise<VirtualAuthenticator> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable', { enableUI: false });
	const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			hasPrf
		} as never
	});
	return { cdp, authenticatorId };
}

/** How many passkeys the virtual authenticator holds. */
export async function credentialCount({ cdp, authenticatorId }: VirtualAuthenticator) {
	const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
	return credentials.length;
}

/** Deletes every passkey from the authenticator (the worker deleted it on the phone). */
export async function clearCredentials({ cdp, authenticatorId }: VirtualAuthenticator) {
	await cdp.send('WebAuthn.clearCredentials', { authenticatorId });
}

/**
 * Records, before the app sees them, the PRF outputs the browser hands to the page (as
 * base64url in `window.__prfSeen`), so the test can search storage for them. Observes
 * only: the app gets the very same result object.
 */
export async function capturePrfOutputs(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __prfSeen: string[] }).__prfSeen = seen;
		const original = PublicKeyCredential.prototype.getClientExtensionResults;
		PublicKeyCredential.prototype.getClientExtensionResults = function () {
			const results = original.call(this);
			const first = results.prf?.results?.first;
			if (first) {
				const bytes =
					first instanceof ArrayBuffer
						? new Uint8Array(first)
						: new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
				const text = btoa(String.fromCharCode(...bytes));
				seen.push(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
			}
			return results;
		};
	});
}

/** The PRF outputs captured so far in this page load. */
export async function seenPrfOutputs(page: Page): Promise<string[]> {
	return page.evaluate(() => [...(window as unknown as { __prfSeen: string[] }).__prfSeen]);
}

/**
 * Reads the clear vault row with raw IndexedDB calls (not the app's code); with `flipSlot`
 * it first flips one bit of the passkey slot's wrapped data key, as a tampered or
 * swapped slot would be.
 */
export async function vaultRow(page: Page, flipSlot = false): Promise<Record<string, unknown>> {
	return page.evaluate(async (flip) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stekboek');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = (mode: IDBTransactionMode) => db.transaction('vault', mode).objectStore('vault');
		const row = await new Promise<Record<string, unknown>>((resolve, reject) => {
			const request = store('readonly').get('vault');
			request.onsuccess = () => resolve(request.result as Record<string, unknown>);
			request.onerror = () => reject(request.error);
		});
		if (flip) {
			const header = row.header as { passkey: { wrappedDataKey: { ciphertext: string } } };
			const text = header.passkey.wrappedDataKey.ciphertext;
			// Swap the first base64url character for another: the bytes change, the length stays.
			header.passkey.wrappedDataKey.ciphertext = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
			await new Promise<void>((resolve, reject) => {
				const request = store('readwrite').put(row);
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
			});
		}
		db.close();
		return row;
	}, flipSlot);
}

/** The failed-unlock count as the lock screen reads it (the larger of the two copies). */
export async function failedUnlocks(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stekboek');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const rows = await new Promise<{ failedUnlocks: number }[]>((resolve, reject) => {
			const request = db.transaction('vault').objectStore('vault').getAll();
			request.onsuccess = () => resolve(request.result as { failedUnlocks: number }[]);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return Math.max(...rows.map((row) => row.failedUnlocks));
	});
}

/** Sets up the passkey in Instellingen the way the worker does, passphrase in the dialog. */
export async function setUpPasskey(page: Page, passphrase: string): Promise<void> {
	await openNav(page, 'Instellingen');
	await page.getByRole('button', { name: 'Passkey instellen', exact: true }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Wachtwoordzin', { exact: true }).fill(passphrase);
	await dialog.getByRole('button', { name: 'Passkey instellen', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'De passkey is ingesteld.' })
	).toBeVisible();
}
