import Dexie from 'dexie';

/**
 * Dexie closes every connection when the page enters the back/forward cache, which drops a
 * draft whose write was queued on pagehide. The app forgets its keys on pagehide and reloads
 * when restored, so the open connection never serves a restored page; keep it open until
 * the queued writes are done.
 */
export function keepConnectionOnPageHide(): void {
	Dexie.disableBfCache = true;
}
