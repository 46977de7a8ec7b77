/** What a handle can stand for, per kind of page. */
export type HandleTargets = {
	person: string;
	session: string;
	/** A session screen not stored yet: stored with its first change under `sessionId`. */
	newSession: { activityId: string; sessionId: string };
	focusSession: string;
	outreach: string;
	signal: string;
	/** One help request inside one contact, to attach to a signal. */
	helpRequest: { contactId: string; requestId: string };
};
export type HandleKind = keyof HandleTargets;

/** 12 random bytes as URL-safe base64: nothing to do with any stored id. */
export function randomHandle(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_');
}

/**
 * Opaque per-session handles for the URLs of record pages. The browser's history (and a
 * host's access log) keeps every URL with a timestamp, so a URL must not carry a record id
 * that also names an IndexedDB row. A handle is random, lives only in this page's memory
 * and means nothing after a reload or a lock; the same record keeps its handle while the
 * page lives, so Back and Forward keep working.
 */
export class HandleRegistry {
	readonly #byTarget = new Map<string, string>();
	readonly #byHandle = new Map<string, { kind: HandleKind; target: unknown }>();
	readonly #create: () => string;

	constructor(create: () => string = randomHandle) {
		this.#create = create;
	}

	/** The handle for `target`, made on first use. */
	handleFor<K extends HandleKind>(kind: K, target: HandleTargets[K]): string {
		const key = `${kind}:${JSON.stringify(target)}`;
		let handle = this.#byTarget.get(key);
		if (handle === undefined) {
			do handle = this.#create();
			while (this.#byHandle.has(handle));
			this.#byTarget.set(key, handle);
			this.#byHandle.set(handle, { kind, target });
		}
		return handle;
	}

	/** What `handle` stands for, or null when it is unknown here or of another kind. */
	targetOf<K extends HandleKind>(kind: K, handle: string): HandleTargets[K] | null {
		const entry = this.#byHandle.get(handle);
		return entry?.kind === kind ? (entry.target as HandleTargets[K]) : null;
	}

	/** Forgets every handle (on lock; a reload does the same). */
	clear(): void {
		this.#byTarget.clear();
		this.#byHandle.clear();
	}
}

/** The app's one registry. */
export const recordHandles = new HandleRegistry();
