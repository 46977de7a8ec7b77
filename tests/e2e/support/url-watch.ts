import type { Page } from '@playwright/test';

/**
 * Records every URL the page shows: each navigation of the main frame and each
 * history.pushState/replaceState call (seen by an init script), which is what ends up in the
 * browser's history database.
 */
export async function watchUrls(page: Page): Promise<string[]> {
	const urls: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) urls.push(frame.url());
	});
	page.on('console', (message) => {
		const text = message.text();
		if (text.startsWith('history-url:')) urls.push(text.slice('history-url:'.length));
	});
	await page.addInitScript(() => {
		for (const name of ['pushState', 'replaceState'] as const) {
			const original = history[name].bind(history);
			history[name] = (state: unknown, unused: string, url?: string | URL | null) => {
				if (url != null) console.debug(`history-url:${new URL(url, location.href).href}`);
				original(state, unused, url);
			};
		}
	});
	return urls;
}

/** Every string stored in IndexedDB: primary keys, ids, kinds and any other clear value. */
export async function storedStrings(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const found = new Set<string>();
		const visit = (value: unknown): void => {
			if (typeof value === 'string') found.add(value);
			else if (Array.isArray(value)) value.forEach(visit);
			else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
				Object.values(value).forEach(visit);
			}
		};
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const storeName of Array.from(db.objectStoreNames)) {
				const store = db.transaction(storeName).objectStore(storeName);
				const [rows, keys] = await Promise.all(
					[store.getAll(), store.getAllKeys()].map(
						(request) =>
							new Promise<unknown[]>((resolve, reject) => {
								request.onsuccess = () => resolve(request.result as unknown[]);
								request.onerror = () => reject(request.error);
							})
					)
				);
				visit(rows);
				visit(keys);
			}
			db.close();
		}
		return [...found];
	});
}
