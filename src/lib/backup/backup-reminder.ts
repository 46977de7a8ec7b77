import type { RecordKind } from '$lib/domain/record-kinds';
import type { Settings } from '$lib/domain/settings.schema';
import type { VaultData } from '$lib/state/vault-data.svelte';

/**
 * The kinds a worker registers. Settings, lists and drafts are left out: they change
 * without anything new to lose, and counting them would remind for no reason.
 */
export const COUNTED_KINDS = [
	'person',
	'contact',
	'session',
	'outreach',
	'signal',
	'focusTemplate',
	'focusSession',
	'focusInput'
] as const satisfies readonly RecordKind[];

/** Registrations in the vault, as the backup reminder counts them. */
export function countRegistered(data: Pick<VaultData, 'list'>): number {
	return COUNTED_KINDS.reduce((sum, kind) => sum + data.list(kind).length, 0);
}

/** Why a backup reminder shows, with what the message needs. */
export type ReminderDue =
	| { reason: 'never'; records: number }
	| { reason: 'age'; days: number }
	| { reason: 'records'; added: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the worker to make a backup: never made while something is registered;
 * the last one older than `backupReminderDays` days; or at least `backupReminderRecords`
 * registrations added since (counted as the growth of the registered total).
 */
export function backupReminderDue(
	settings: Pick<
		Settings,
		'lastBackupAt' | 'recordsAtLastBackup' | 'backupReminderDays' | 'backupReminderRecords'
	>,
	records: number,
	now: Date = new Date()
): ReminderDue | null {
	if (settings.lastBackupAt === null) return records > 0 ? { reason: 'never', records } : null;
	const last = Date.parse(settings.lastBackupAt);
	const days = Number.isNaN(last) ? Infinity : Math.floor((now.getTime() - last) / DAY_MS);
	if (days >= settings.backupReminderDays) {
		return { reason: 'age', days: Number.isFinite(days) ? days : settings.backupReminderDays };
	}
	const added = records - settings.recordsAtLastBackup;
	if (added >= settings.backupReminderRecords) return { reason: 'records', added };
	return null;
}
