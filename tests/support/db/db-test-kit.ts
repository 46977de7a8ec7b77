/**
 * Opens (creating if needed) a raw IndexedDB database with the schema the first release
 * shipped: Dexie schema version 1, which Dexie stores as IndexedDB version 10. Raw calls
 * rather than our Dexie code, so migration tests start from what devices really hold.
 */
export function openReleaseSchema(name: string): Promise<IDBDatabase> {
	return new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name, 10);
		request.onupgradeneeded = () => {
			const records = request.result.createObjectStore('records', { keyPath: ['kind', 'id'] });
			records.createIndex('kind', 'kind');
			request.result.createObjectStore('sealed', { keyPath: 'id' });
			request.result.createObjectStore('vault', { keyPath: 'id' });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Resolves when a raw IndexedDB transaction has committed. */
export function committed(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
}
