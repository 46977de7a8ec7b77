import type { Change } from '$lib/db/encrypted-repository';
import type { IsoDate } from '$lib/domain/common.schema';
import type { Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import { withAnonymousCount, withAttendee } from './session-attendance';

type Commit = (changes: readonly Change[]) => Promise<void>;

/**
 * The session screen's working copy. Every tap changes the copy at once (so the screen
 * never waits) and queues one commit for that change; commits run one after another, so
 * quick taps cannot overwrite each other. When a commit fails, the screen goes back to
 * what was last stored and shows the error; changes queued behind it are dropped.
 * Each change resolves true once it is stored, false when it was not.
 */
export class SessionEditor {
	session = $state.raw() as Session;
	error = $state<unknown>(null);
	/** Commits still being written. */
	pending = $state(0);
	/** Whether the session is in storage yet: a new one is stored with its first change. */
	stored = $state(false);
	#stored: Session;
	#queue: Promise<unknown> = Promise.resolve();
	#generation = 0;
	#closed = false;
	readonly #commit: Commit;

	constructor(initial: Session, commit: Commit, { stored = true } = {}) {
		this.session = initial;
		this.#stored = initial;
		this.#commit = commit;
		this.stored = stored;
	}

	/** Ticks or unticks a person. */
	setPresent(personId: string, present: boolean): Promise<boolean> {
		return this.#apply(withAttendee(this.session, personId, present));
	}

	/** Sets the anonymous headcount (a whole number, not below zero). */
	setAnonymous(count: number): Promise<boolean> {
		const next = withAnonymousCount(this.session, count);
		if (next.anonymousCount === this.session.anonymousCount) return this.#unchanged();
		return this.#apply(next);
	}

	/** One more or one fewer anonymous attendee. */
	stepAnonymous(delta: 1 | -1): Promise<boolean> {
		return this.setAnonymous(this.session.anonymousCount + delta);
	}

	setDate(date: IsoDate): Promise<boolean> {
		return this.#apply({ ...this.session, date });
	}

	setNote(note: string): Promise<boolean> {
		if (note === this.session.note) return this.#unchanged();
		return this.#apply({ ...this.session, note });
	}

	/** Stores a new person and ticks them, in one commit: never a person without the visit. */
	addPerson(person: Person): Promise<boolean> {
		return this.#apply(withAttendee(this.session, person.id, true), [
			{ op: 'put', kind: 'person', record: person }
		]);
	}

	/**
	 * Takes over the stored session when it changed elsewhere (another tab) while nothing of
	 * ours is on its way; our own commits store the very object we hold, so they pass.
	 */
	adopt(stored: Session): void {
		if (this.pending > 0 || this.#closed || stored === this.#stored) return;
		this.#stored = stored;
		this.session = stored;
		this.stored = true;
	}

	/** Deletes the session after every queued change is written; rejects when it fails. */
	remove(): Promise<void> {
		this.#closed = true;
		const id = this.session.id;
		const removed = this.#queue.then(() => this.#commit([{ op: 'delete', kind: 'session', id }]));
		this.#queue = removed.catch(() => {
			this.#closed = false;
		});
		return removed;
	}

	#unchanged(): Promise<boolean> {
		return this.#queue.then(() => this.error === null);
	}

	#apply(next: Session, before: Change[] = []): Promise<boolean> {
		if (this.#closed) return Promise.resolve(false);
		this.session = next;
		this.error = null;
		this.pending += 1;
		const generation = this.#generation;
		const done = this.#queue.then(async () => {
			try {
				if (generation !== this.#generation) return false;
				await this.#commit([...before, { op: 'put', kind: 'session', record: next }]);
				this.#stored = next;
				this.stored = true;
				return true;
			} catch (error) {
				this.#generation += 1;
				this.session = this.#stored;
				this.error = error;
				return false;
			} finally {
				this.pending -= 1;
			}
		});
		this.#queue = done;
		return done;
	}
}
