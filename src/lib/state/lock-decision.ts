/** The shortest and longest hidden-page limits the settings offer, in seconds. */
export const HIDDEN_LOCK_SECONDS = { min: 30, max: 300, default: 30 } as const;

/** What the lock decision looks at: the clock, never a timer that may have been frozen. */
export type LockClock = {
	/** Now, in epoch milliseconds. */
	now: number;
	/** The last time the worker touched, typed or scrolled. */
	lastActivityAt: number;
	/** When the page was hidden, or null while it is visible. */
	hiddenAt: number | null;
	/** Idle limit in milliseconds. */
	idleMs: number;
	/** Hidden-page limit in milliseconds. */
	hiddenMs: number;
};

/**
 * Whether the vault must lock now. A phone freezes a hidden page's timers for hours, so
 * the decision is taken from timestamps whenever the page wakes up, not by a timer firing.
 * A clock that jumped backwards (time zone or manual change) counts as "limit passed".
 */
export function lockDue({ now, lastActivityAt, hiddenAt, idleMs, hiddenMs }: LockClock): boolean {
	if (now < lastActivityAt || (hiddenAt !== null && now < hiddenAt)) return true;
	if (now - lastActivityAt >= idleMs) return true;
	return hiddenAt !== null && now - hiddenAt >= hiddenMs;
}
