import type { Page } from '@playwright/test';

/** The opaque records table as stored: each row's id, its keys and its ciphertext length. */
export interface StoredItem {
	id: string;
	keys: string[];
	ciphertextBytes: number;
}

/**
 * Reads the `items` and `records` object stores of the app's database with raw IndexedDB
 * calls (not the app's code), so a test sees exactly what a copied profile would hold.
 */
export async function readStoredRows(page: Page): Promise<{ items: StoredItem[]; legacy: number }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('stekboek');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = (store: string) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
				request.onerror = () => reject(request.error);
			});
		const items = (await all('items')).map((row) => ({
			id: String(row.id),
			keys: Object.keys(row).sort(),
			ciphertextBytes: (row.ciphertext as Uint8Array).length
		}));
		const legacy = (await all('records')).length;
		db.close();
		return { items, legacy };
	});
}
