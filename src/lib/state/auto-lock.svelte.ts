/** After the page is hidden (app switch, screen off) this long, the vault locks. */
export const HIDDEN_LOCK_MS = 30_000;

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * Locks the vault after a stretch without use and soon after the page is hidden, and
 * says when the screen should be blurred (so the app switcher's snapshot shows nothing).
 */
export class AutoLock {
	hidden = $state(false);
	#idleTimer: ReturnType<typeof setTimeout> | undefined;
	#hiddenTimer: ReturnType<typeof setTimeout> | undefined;
	readonly #idleMs: () => number;
	readonly #lock: () => void;

	constructor(idleMs: () => number, lock: () => void) {
		this.#idleMs = idleMs;
		this.#lock = lock;
	}

	/** Starts watching; returns the function that stops it. */
	start(): () => void {
		const onActivity = () => this.#resetIdle();
		const onVisibility = () => this.#onVisibility();
		for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true });
		document.addEventListener('visibilitychange', onVisibility);
		this.#resetIdle();
		return () => {
			for (const name of activityEvents) window.removeEventListener(name, onActivity);
			document.removeEventListener('visibilitychange', onVisibility);
			clearTimeout(this.#idleTimer);
			clearTimeout(this.#hiddenTimer);
		};
	}

	#resetIdle(): void {
		clearTimeout(this.#idleTimer);
		this.#idleTimer = setTimeout(this.#lock, this.#idleMs());
	}

	#onVisibility(): void {
		this.hidden = document.visibilityState === 'hidden';
		clearTimeout(this.#hiddenTimer);
		if (this.hidden) this.#hiddenTimer = setTimeout(this.#lock, HIDDEN_LOCK_MS);
		else this.#resetIdle();
	}
}
