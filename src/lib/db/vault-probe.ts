/** The IndexedDB database's name (database.ts opens it with Dexie). */
export const DATABASE_NAME = 'stekboek';

/**
 * Whether this device holds a vault, read with plain IndexedDB so the lock screen can
 * choose between first run and unlock before Dexie, zod and the vault session have loaded.
 * Only the row's id is trusted here; the header is validated by the session before use. A
 * missing database is not created (its first upgrade is aborted), and the connection is
 * closed at once, so it never holds back Dexie or a page in the back/forward cache.
 */
export function probeVault(name = DATABASE_NAME): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name);
		let missing = false;
		request.onupgradeneeded = () => {
			missing = true;
			request.transaction?.abort();
		};
		request.onerror = (event) => {
			event.preventDefault();
			if (missing) resolve(false);
			else reject(request.error ?? new Error('vault probe failed'));
		};
		request.onsuccess = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains('vault')) {
				db.close();
				resolve(false);
				return;
			}
			const read = db.transaction('vault', 'readonly').objectStore('vault').get('vault');
			read.onsuccess = () => {
				const row: unknown = read.result;
				db.close();
				resolve(typeof row === 'object' && row !== null && 'id' in row && row.id === 'vault');
			};
			read.onerror = () => {
				db.close();
				reject(read.error ?? new Error('vault probe failed'));
			};
		};
	});
}
