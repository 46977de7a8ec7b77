import type { Page } from '@playwright/test';

/** Everything this origin has stored, as text, split by where it was found. */
export interface StorageDump {
	indexedDb: string;
	webStorage: string;
	cacheStorage: string;
}

/**
 * Reads every IndexedDB database and object store, local and session storage, and every
 * Cache Storage entry, so a test can search the raw bytes for data that must not be there.
 * Binary values are decoded as UTF-8 and Latin-1 both, so plaintext hidden in a byte
 * array would show up too.
 */
export async function dumpStorage(page: Page): Promise<StorageDump> {
	return page.evaluate(async () => {
		const asText = (value: unknown): string => {
			if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
				const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
				return `${new TextDecoder().decode(bytes)}\n${Array.from(bytes, (b) => String.fromCharCode(b)).join('')}`;
			}
			if (value && typeof value === 'object') {
				return Object.entries(value)
					.map(([key, inner]) => `${key}:${asText(inner)}`)
					.join('\n');
			}
			return String(value);
		};
		const parts: string[] = [];
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const storeName of Array.from(db.objectStoreNames)) {
				const rows = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(storeName).objectStore(storeName).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				parts.push(`## ${info.name}/${storeName} (${rows.length})`, ...rows.map(asText));
			}
			db.close();
		}
		const webStorage = [localStorage, sessionStorage]
			.flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`))
			.join('\n');
		const cacheParts: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				cacheParts.push(request.url, response ? await response.text() : '');
			}
		}
		return { indexedDb: parts.join('\n'), webStorage, cacheStorage: cacheParts.join('\n') };
	});
}
