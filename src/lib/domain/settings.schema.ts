import { z } from 'zod';
import { idSchema } from './common.schema';
import { helpRequestStatuses } from './contact.schema';

/** The one settings record's id. */
export const SETTINGS_ID = 'settings';

/** The languages of the worker's own screens (a kiosk offers participants more). */
export const workerLanguages = ['nl', 'en'] as const;

/**
 * The worker's settings, stored encrypted like every other record. What must be read
 * before unlock (the failed-unlock policy) lives in the clear vault row instead; the
 * language is not among it, so the lock screen is always Dutch and the worker's language
 * returns with the unlock.
 */
export const settingsSchema = z.object({
	id: z.literal(SETTINGS_ID),
	autoLockMinutes: z.number().int().min(1).max(15),
	lastActivityId: idSchema.nullable(),
	reportThreshold: z.number().int().min(3).max(10),
	lastBackupAt: z.string().nullable(),
	recordsAtLastBackup: z.number().int().min(0),
	backupReminderDays: z.number().int().min(1).max(365),
	backupReminderRecords: z.number().int().min(1).max(100_000),
	/** Lock this long after the page is hidden; settings stored before it existed get 30 s. */
	hiddenLockSeconds: z.number().int().min(30).max(300).default(30),
	/** "Snel noteren" lists readable on the lock screen (their labels in clear): off by default. */
	quickListsOnLockScreen: z.boolean().default(false),
	/** The status the worker chose last for a help request; a new one starts with it. */
	lastHelpRequestStatus: z.enum(helpRequestStatuses).default('afgerond'),
	/** Sheet labels the worker mapped onto a list item at an import, asked only once. */
	importMappings: z.record(z.string().max(400), idSchema).default({}),
	/** The language the worker chose for the app once it is unlocked. */
	language: z.enum(workerLanguages).default('nl')
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
	id: SETTINGS_ID,
	autoLockMinutes: 5,
	lastActivityId: null,
	reportThreshold: 5,
	lastBackupAt: null,
	recordsAtLastBackup: 0,
	backupReminderDays: 14,
	backupReminderRecords: 100,
	hiddenLockSeconds: 30,
	quickListsOnLockScreen: false,
	lastHelpRequestStatus: 'afgerond',
	importMappings: {},
	language: 'nl'
};
