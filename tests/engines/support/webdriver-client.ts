/**
 * A minimal client for W3C WebDriver classic (https://w3c.github.io/webdriver/): the dozen
 * endpoints the engine suite needs, over fetch. WebKitGTK's WebKitWebDriver speaks only
 * this protocol (no BiDi in Debian's 2.50 build), and this is all of it we use; a general
 * client such as WebdriverIO would add ~150 packages for the same calls.
 */

/** The key WebDriver uses for an element reference in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** An element reference as WebDriver returns it from a script. */
export type WebElement = { [ELEMENT]: string };

/** An error the remote end reported, with its W3C error code (e.g. "stale element reference"). */
export class WebDriverError extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(`${code}: ${message}`);
	}
}

/** True for a value that is an element reference. */
export function isWebElement(value: unknown): value is WebElement {
	return typeof value === 'object' && value !== null && ELEMENT in value;
}

/** One WebDriver session on a running driver. */
export class WebDriverSession {
	private constructor(
		private readonly base: string,
		readonly id: string
	) {}

	/** Opens a session on the driver at `base` (e.g. http://localhost:4234) with capabilities. */
	static async create(base: string, capabilities: object): Promise<WebDriverSession> {
		const value = await call<{ sessionId: string }>('POST', `${base}/session`, {
			capabilities: { alwaysMatch: capabilities }
		});
		return new WebDriverSession(base, value.sessionId);
	}

	/** Sends a command of this session, e.g. ('POST', '/url', { url }). */
	command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
		return call<T>(method, `${this.base}/session/${this.id}${path}`, body);
	}

	/** Navigates and waits for the load event. */
	navigate(url: string): Promise<void> {
		return this.command('POST', '/url', { url });
	}

	/** Reloads the page. */
	refresh(): Promise<void> {
		return this.command('POST', '/refresh', {});
	}

	/** Runs a function body in the page; `arguments` holds `args`. */
	execute<T>(script: string, args: unknown[] = []): Promise<T> {
		return this.command('POST', '/execute/sync', { script, args });
	}

	/** Runs an async function body; it ends by calling `arguments[arguments.length - 1]`. */
	executeAsync<T>(script: string, args: unknown[] = []): Promise<T> {
		return this.command('POST', '/execute/async', { script, args });
	}

	/** Clicks an element the way a person would (scrolled into view, hit-tested). */
	click(element: WebElement): Promise<void> {
		return this.command('POST', `/element/${element[ELEMENT]}/click`, {});
	}

	/** Empties a form field. */
	clear(element: WebElement): Promise<void> {
		return this.command('POST', `/element/${element[ELEMENT]}/clear`, {});
	}

	/** Types text into a field, or sets a file input's file to a local path. */
	sendKeys(element: WebElement, text: string): Promise<void> {
		return this.command('POST', `/element/${element[ELEMENT]}/value`, { text });
	}

	/** Ends the session and closes its browser. */
	async delete(): Promise<void> {
		await this.command('DELETE', '');
	}
}

async function call<T>(method: string, url: string, body?: object): Promise<T> {
	const response = await fetch(url, {
		method,
		headers: body ? { 'content-type': 'application/json; charset=utf-8' } : undefined,
		body: body ? JSON.stringify(body) : undefined
	});
	const json = (await response.json()) as {
		value: T & { error?: string; message?: string };
	};
	if (!response.ok) {
		throw new WebDriverError(json.value.error ?? String(response.status), json.value.message ?? '');
	}
	return json.value;
}
