/**
 * Whether the worker chose "Later" on the backup reminder. Kept in memory only, so the
 * reminder returns after the next unlock (locking reloads the page) and never nags twice
 * in one sitting.
 */
class ReminderDismissal {
	dismissed = $state(false);
}

export const reminderDismissal = new ReminderDismissal();
