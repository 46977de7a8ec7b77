/**
 * What the journeys need from a browser, written once for every engine: find by role and
 * accessible name (ui-contract.md), click, type, pick files, read downloads and collect the
 * page's errors. Each engine supplies an `EngineBackend`; the waiting lives here.
 */

/** An element by ARIA role and accessible name, optionally inside another (a dialog). */
export type Query = { role: string; name: string; exact?: boolean; within?: Query };

/** The page-probe methods (tests/engines/support/page-probe.js) a backend can call. */
export type ProbeMethod = 'text' | 'value' | 'select' | 'downloads' | 'readDownload' | 'takeErrors';

/** The few primitives one engine's driver provides. */
export interface EngineBackend<Handle> {
	readonly engine: string;
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** Calls `stekboekProbe[method](...args)` in the page; throws while no probe is loaded. */
	probe<T>(method: ProbeMethod, ...args: unknown[]): Promise<T>;
	/** The first element for a query, or null (also while the page is loading). */
	find(query: Query): Promise<Handle | null>;
	click(element: Handle): Promise<void>;
	fill(element: Handle, text: string): Promise<void>;
	setFile(element: Handle, path: string): Promise<void>;
	/** A PNG of the viewport, for a failed journey. */
	screenshot(): Promise<Buffer>;
	close(): Promise<void>;
}

/** How long a step may wait; unlocking runs Argon2id (0.2–1 s, more on a busy machine). */
export const STEP_TIMEOUT = 30_000;

/** A browser page driven by role and accessible name. */
export class EnginePage<Handle = unknown> {
	private readonly pending: string[] = [];

	constructor(private readonly backend: EngineBackend<Handle>) {}

	get engine(): string {
		return this.backend.engine;
	}

	/**
	 * Opens a URL. The current page's errors are taken first (another origin keeps its own)
	 * and reported with the next `collectErrors`.
	 */
	async goto(url: string): Promise<void> {
		this.pending.push(...(await this.collectErrors()));
		await this.backend.goto(url);
	}

	/** Reloads the page; the errors before it stay in the page's sessionStorage. */
	reload(): Promise<void> {
		return this.backend.reload();
	}

	/** Waits for an element and returns it. */
	async waitFor(query: Query, timeout = STEP_TIMEOUT): Promise<Handle> {
		return poll(`${describe(query)} to appear`, timeout, () => this.backend.find(query));
	}

	/** Clicks an element once it is there (again if the page re-rendered it meanwhile). */
	async click(query: Query): Promise<void> {
		await poll(`to click ${describe(query)}`, STEP_TIMEOUT, async () => {
			const element = await this.backend.find(query);
			return (
				element &&
				(await this.backend.click(element).then(
					() => true,
					() => null
				))
			);
		});
	}

	/**
	 * Replaces a field's text by typing, and checks what the field holds. WebKitGTK is slow
	 * enough that a navigation started by an earlier click (the journey taps Registreren
	 * while already there) can finish while this types; SvelteKit then blurs the active
	 * element, as after every navigation, and the rest of the keys go to the body (seen
	 * with a focus log: `blur()` from SvelteKit's navigate, ~40 ms into the typing). A
	 * person rarely types within 40 ms of a tap; the journey types again. Three tries;
	 * then the step fails with what the field held.
	 */
	async fill(query: Query, text: string): Promise<void> {
		let held: string | null = null;
		for (let attempt = 0; attempt < 3; attempt++) {
			await this.backend.fill(await this.waitFor(query), text);
			// The last keystrokes may still be on their way: give them a second to land.
			const settled = Date.now() + 1000;
			do {
				held = await this.backend.probe<string | null>('value', query);
				if (held === text) return;
				await new Promise((resolve) => setTimeout(resolve, 50));
			} while (Date.now() < settled);
			console.warn(`${this.engine}: typed "${text}" into ${describe(query)}, got "${held}"`);
		}
		throw new Error(`Typed "${text}" into ${describe(query)}, but it holds "${held}"`);
	}

	/** Picks an option of a select by its visible label (a change event, as a person's pick). */
	async select(query: Query, label: string): Promise<void> {
		await this.waitFor(query);
		await poll(
			`option ${label} in ${describe(query)}`,
			STEP_TIMEOUT,
			async () => (await this.backend.probe<boolean>('select', query, label)) || null
		);
	}

	/** Gives a file input a local file. */
	async setFile(query: Query, path: string): Promise<void> {
		await this.backend.setFile(await this.waitFor(query), path);
	}

	/** All text a person can see or scroll to, field values included. */
	text(): Promise<string> {
		return this.backend.probe<string>('text');
	}

	/** Waits until the page's text contains `expected`. */
	async waitForText(expected: string): Promise<void> {
		await poll(`the text "${expected}"`, STEP_TIMEOUT, async () =>
			(await this.text().catch(() => '')).includes(expected) ? true : null
		);
	}

	/** Clicks a button that downloads a file and returns the file's name and bytes. */
	async download(button: Query): Promise<{ name: string; bytes: Buffer }> {
		const before = (await this.backend.probe<string[]>('downloads')).length;
		await this.click(button);
		const names = await poll(`a download from ${describe(button)}`, STEP_TIMEOUT, async () => {
			const list = await this.backend.probe<string[]>('downloads');
			return list.length > before ? list : null;
		});
		const base64 = await this.backend.probe<string>('readDownload', before);
		return { name: names[before] ?? '', bytes: Buffer.from(base64, 'base64') };
	}

	/** The errors (page errors, console errors, CSP violations) since the last call. */
	async collectErrors(): Promise<string[]> {
		const fromPage = await this.backend.probe<string[]>('takeErrors').catch(() => []);
		return [...this.pending.splice(0), ...fromPage];
	}

	/** A PNG of the viewport. */
	screenshot(): Promise<Buffer> {
		return this.backend.screenshot();
	}

	close(): Promise<void> {
		return this.backend.close();
	}
}

function describe(query: Query): string {
	const own = `${query.role} "${query.name}"`;
	return query.within ? `${own} in ${describe(query.within)}` : own;
}

/** Calls `attempt` until it returns something other than null; fails after `timeout` ms. */
async function poll<T>(
	what: string,
	timeout: number,
	attempt: () => Promise<T | null>
): Promise<T> {
	const deadline = Date.now() + timeout;
	let last: unknown;
	while (Date.now() < deadline) {
		try {
			const value = await attempt();
			if (value !== null) return value;
		} catch (error) {
			last = error;
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(
		`Waited ${timeout} ms for ${what}${last ? ` (last error: ${String(last)})` : ''}`
	);
}
