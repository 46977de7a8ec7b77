import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/domain/settings.schema';
import { backupReminderDue } from './backup-reminder';

const now = new Date('2024-05-20T12:00:00Z');
const madeAt = (iso: string, recordsAtLastBackup = 10) => ({
	...defaultSettings,
	lastBackupAt: iso,
	recordsAtLastBackup
});

describe('backupReminderDue', () => {
	it('stays quiet on a new, empty vault and reminds once something is registered', () => {
		expect(backupReminderDue(defaultSettings, 0, now)).toBeNull();
		expect(backupReminderDue(defaultSettings, 1, now)).toEqual({ reason: 'never', records: 1 });
	});

	it('reminds when the last backup is 14 days old, not at 13', () => {
		expect(backupReminderDue(madeAt('2024-05-07T12:00:01Z'), 10, now)).toBeNull();
		expect(backupReminderDue(madeAt('2024-05-06T12:00:00Z'), 10, now)).toEqual({
			reason: 'age',
			days: 14
		});
	});

	it('reminds after 100 registrations since the last backup, not 99', () => {
		const recent = madeAt('2024-05-19T12:00:00Z', 50);
		expect(backupReminderDue(recent, 149, now)).toBeNull();
		expect(backupReminderDue(recent, 150, now)).toEqual({ reason: 'records', added: 100 });
	});

	it('follows the thresholds the worker set', () => {
		const settings = { ...madeAt('2024-05-17T12:00:00Z', 0), backupReminderDays: 3 };
		expect(backupReminderDue(settings, 0, now)).toEqual({ reason: 'age', days: 3 });
		const few = { ...madeAt('2024-05-19T12:00:00Z', 0), backupReminderRecords: 5 };
		expect(backupReminderDue(few, 5, now)).toEqual({ reason: 'records', added: 5 });
	});

	it('reminds when the stored date cannot be read', () => {
		expect(backupReminderDue(madeAt('yesterday'), 10, now)?.reason).toBe('age');
	});
});
