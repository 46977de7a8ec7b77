import { lockDue } from './lock-decision';

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
const passiveEvents = new Set<string>(['wheel', 'touchstart']);

/** What the auto-lock needs from the vault; functions, so settings changes apply at once. */
export type AutoLockOptions = {
	/** Whether there is anything to lock (an unlocked vault). */
	unlocked: () => boolean;
	idleMs: () => number;
	hiddenMs: () => number;
	/** Locks: saves drafts, forgets the keys, reloads into the lock screen. */
	lock: () => void;
	/** Writes unsaved input now (the page may never come back). */
	saveDrafts: () => void;
	/** Resolves when the drafts written on leaving have reached the disk (or soon after). */
	draftsWritten: () => Promise<unknown>;
	/** Forgets the keys at once, after queueing the drafts' encrypted writes. */
	forget: () => void;
};

/**
 * Locks the vault after a stretch without use and after the page was hidden too long, and
 * says when the screen should be blurred (so the app switcher's snapshot shows nothing).
 * Phones freeze a hidden page's timers and the back/forward cache restores whole pages, so
 * the decision is made from the timestamps `lastActivityAt` and `hiddenAt` each time the
 * page wakes up or is touched; the timer only triggers that same check.
 */
export class AutoLock {
	hidden = $state(false);
	#lastActivityAt = Date.now();
	#hiddenAt: number | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#locking = false;
	readonly #options: AutoLockOptions;

	constructor(options: AutoLockOptions) {
		this.#options = options;
	}

	/** Starts watching; returns the function that stops it. */
	start(): () => void {
		type Listener = [EventTarget, string, (event: Event) => void];
		const wake = () => void this.#check();
		const listeners: Listener[] = [
			...activityEvents.map((name): Listener => [window, name, (event) => this.#onActivity(event)]),
			[window, 'focus', wake],
			[document, 'resume', wake],
			[document, 'visibilitychange', () => this.#onVisibility()],
			[window, 'pageshow', (event) => this.#onPageShow(event as PageTransitionEvent)],
			// Dexie closes its connection on pagehide: drafts start their write one event earlier.
			[window, 'beforeunload', () => this.#saveDrafts()],
			[window, 'pagehide', () => this.#options.forget()]
		];
		const options = (name: string) => ({ capture: true, passive: passiveEvents.has(name) });
		for (const [target, name, listener] of listeners) {
			target.addEventListener(name, listener, options(name));
		}
		this.#lastActivityAt = Date.now();
		this.#schedule();
		return () => {
			for (const [target, name, listener] of listeners) {
				target.removeEventListener(name, listener, options(name));
			}
			clearTimeout(this.#timer);
		};
	}

	/** Locks now if a limit has passed by the clock; otherwise sets the timer for the next one. */
	#check(): boolean {
		if (this.#locking) return true;
		if (!this.#options.unlocked()) return false;
		const due = lockDue({
			now: Date.now(),
			lastActivityAt: this.#lastActivityAt,
			hiddenAt: this.#hiddenAt,
			idleMs: this.#options.idleMs(),
			hiddenMs: this.#options.hiddenMs()
		});
		if (due) {
			this.#locking = true;
			clearTimeout(this.#timer);
			this.#options.lock();
		} else this.#schedule();
		return due;
	}

	/** Input after a pause first checks the clock: a stale page never acts on a touch. */
	#onActivity(event: Event): void {
		if (this.#check()) {
			if (event.cancelable && !passiveEvents.has(event.type)) event.preventDefault();
			event.stopImmediatePropagation();
			return;
		}
		this.#lastActivityAt = Date.now();
		this.#schedule();
	}

	#onVisibility(): void {
		this.hidden = document.visibilityState === 'hidden';
		if (this.hidden) {
			this.#hiddenAt ??= Date.now();
			this.#saveDrafts();
			this.#schedule();
			return;
		}
		this.#check();
		this.#hiddenAt = null;
	}

	#saveDrafts(): void {
		if (this.#options.unlocked()) this.#options.saveDrafts();
	}

	/**
	 * A page restored from the back/forward cache forgot its keys on pagehide: reload it,
	 * once the drafts queued on leaving (frozen with the page) have been written.
	 */
	#onPageShow(event: PageTransitionEvent): void {
		if (!event.persisted) return void this.#check();
		void this.#options.draftsWritten().then(() => location.reload());
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		const now = Date.now();
		let wait = this.#lastActivityAt + this.#options.idleMs() - now;
		if (this.#hiddenAt !== null) {
			wait = Math.min(wait, this.#hiddenAt + this.#options.hiddenMs() - now);
		}
		this.#timer = setTimeout(() => this.#check(), Math.max(0, wait));
	}
}
