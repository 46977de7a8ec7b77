// Unit tests run in Node: give Dexie an in-memory IndexedDB.
import 'fake-indexeddb/auto';
// Every catalog, as the app has once it is unlocked (see loadLaterMessages).
import { loadLaterMessages } from '$lib/i18n/messages';
await loadLaterMessages();
