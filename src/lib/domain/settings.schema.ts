import { z } from 'zod';
import { idSchema } from './common.schema';
import { helpRequestStatuses } from './contact.schema';

/** The one settings record's id. */
export const SETTINGS_ID = 'settings';

/**
 * The worker's settings, stored encrypted like every other record. What must be read
 * before unlock (language, failed-unlock policy) lives in the clear vault header instead.
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
	importMappings: z.record(z.string().max(400), idSchema).default({})
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
	importMappings: {}
};
