import Dexie from 'dexie';

/**
 * Dexie closes its connection when the page enters the back/forward cache (its default, set
 * here on purpose): in WebKitGTK a frozen page that kept its connection blocked the next
 * unlock. Drafts start their encrypted write on beforeunload and on hide, one event before
 * Dexie closes, and a transaction already started completes before the connection closes.
 */
export function closeConnectionOnPageHide(): void {
	Dexie.disableBfCache = false;
}
