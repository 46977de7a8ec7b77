import { activitiesMessages } from './catalog/activities';
import { backupMessages } from './catalog/backup';
import { focusMessages } from './catalog/focus';
import { followUpMessages } from './catalog/followup';
import { importMessages } from './catalog/import';
import { kioskMessages } from './catalog/kiosk';
import { outreachMessages } from './catalog/outreach';
import { personsMessages } from './catalog/persons';
import { profileMessages } from './catalog/profile';
import { registrationMessages } from './catalog/registration';
import { reportMessages } from './catalog/report';
import { reportContentMessages } from './catalog/report-content';
import { reportDocumentMessages } from './catalog/report-document';
import { settingsMessages } from './catalog/settings';
import { signalsMessages } from './catalog/signals';
import { taxonomyMessages } from './catalog/taxonomy';
import { vaultKeysMessages } from './catalog/vault-keys';

/**
 * The catalogs of every area behind the lock, loaded during unlock (see `loadLaterMessages`
 * in messages.ts). Add a catalog here when a new area of the app gets its own file.
 */
export const laterCatalogs = [
	profileMessages,
	personsMessages,
	settingsMessages,
	registrationMessages,
	followUpMessages,
	activitiesMessages,
	outreachMessages,
	signalsMessages,
	taxonomyMessages,
	importMessages,
	reportMessages,
	reportContentMessages,
	reportDocumentMessages,
	focusMessages,
	kioskMessages,
	backupMessages,
	vaultKeysMessages
] as const;
