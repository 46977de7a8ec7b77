import { spawn, type ChildProcess } from 'node:child_process';
import type { EngineBackend, ProbeMethod, Query } from './engine-page';
import { stopProcessGroup, systemExecutable, waitForUrl } from './processes';
import {
	isWebElement,
	WebDriverError,
	WebDriverSession,
	type WebElement
} from './webdriver-client';

/** WebKitWebDriver: Debian's webkit2gtk-driver, or the path in STEKBOEK_WEBKIT_DRIVER. */
export function webkitDriverPath(): string {
	return systemExecutable(
		'STEKBOEK_WEBKIT_DRIVER',
		'/usr/bin/WebKitWebDriver',
		'webkit2gtk-driver xvfb'
	);
}

/**
 * Starts WebKitWebDriver on `port` (under xvfb-run when there is no display: WebKitGTK's
 * MiniBrowser has no headless mode) and opens a session whose browser keeps its
 * downloads and data in `home`. STEKBOEK_WEBKIT_BROWSER names another WebKitGTK browser.
 */
export async function startWebKit(port: number, home: string): Promise<EngineBackend<WebElement>> {
	const driver = [webkitDriverPath(), `--port=${port}`];
	const command = process.env.DISPLAY ? driver : ['xvfb-run', '--auto-servernum', ...driver];
	const child = spawn(command[0] ?? '', command.slice(1), {
		detached: true,
		stdio: 'ignore',
		env: { ...process.env, HOME: home }
	});
	const base = `http://localhost:${port}`;
	try {
		await waitForUrl(`${base}/status`);
		const browser = process.env.STEKBOEK_WEBKIT_BROWSER;
		const session = await WebDriverSession.create(
			base,
			browser ? { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } } : {}
		);
		return webkitBackend(session, child);
	} catch (error) {
		await stopProcessGroup(child);
		throw error;
	}
}

// A sticky bar (Contact opslaan) covers the bottom of the page: click in the middle.
const CENTER = `arguments[0].scrollIntoView({ block: 'center', inline: 'center' });`;

const CALL_PROBE = `const done = arguments[arguments.length - 1];
const [method, args] = arguments;
Promise.resolve()
	.then(() => window.stekboekProbe[method](...args))
	.then((value) => done({ value }), (error) => done({ error: String(error) }));`;

function webkitBackend(session: WebDriverSession, child: ChildProcess): EngineBackend<WebElement> {
	const probe = async <T>(method: ProbeMethod | 'find', ...args: unknown[]): Promise<T> => {
		const result = await session.executeAsync<{ value?: T; error?: string }>(CALL_PROBE, [
			method,
			args
		]);
		if (result.error !== undefined) throw new Error(result.error);
		return result.value as T;
	};
	return {
		engine: 'WebKitGTK',
		goto: (url) => session.navigate(url),
		reload: () => session.refresh(),
		probe,
		find: async (query: Query) => {
			const found = await probe<unknown>('find', query).catch(() => null);
			return isWebElement(found) ? found : null;
		},
		click: async (element) => {
			await session.execute(CENTER, [element]);
			await session.click(element);
		},
		fill: async (element, text) => {
			await session.clear(element);
			await session.sendKeys(element, text);
		},
		setFile: (element, path) => session.sendKeys(element, path),
		screenshot: async () =>
			Buffer.from(await session.command<string>('GET', '/screenshot'), 'base64'),
		close: async () => {
			await session.delete().catch((error: unknown) => {
				if (!(error instanceof WebDriverError)) throw error;
			});
			await stopProcessGroup(child);
		}
	};
}
