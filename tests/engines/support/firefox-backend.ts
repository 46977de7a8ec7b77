import puppeteer, { type ElementHandle } from 'puppeteer-core';
import type { EngineBackend, ProbeMethod, Query } from './engine-page';
import { systemExecutable } from './processes';

/** Firefox: Debian's firefox-esr, or the path in STEKBOEK_FIREFOX. */
export function firefoxPath(): string {
	return systemExecutable('STEKBOEK_FIREFOX', '/usr/bin/firefox-esr', 'firefox-esr');
}

type ProbeWindow = { stekboekProbe: Record<string, (...args: unknown[]) => unknown> };

/**
 * Launches headless Firefox through WebDriver BiDi (Puppeteer's Firefox support, no
 * geckodriver) with downloads kept in `downloads`. Errors come from the page probe, as in
 * WebKit, so both engines fail on the same things.
 */
export async function startFirefox(downloads: string): Promise<EngineBackend<ElementHandle>> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath(),
		headless: true,
		extraPrefsFirefox: {
			'browser.download.dir': downloads,
			'browser.download.folderList': 2,
			'browser.download.useDownloadDir': true
		}
	});
	const page = await browser.newPage();
	page.setDefaultTimeout(30_000);

	const probe = <T>(method: ProbeMethod, ...args: unknown[]): Promise<T> =>
		page.evaluate(
			(name, list) => (window as unknown as ProbeWindow).stekboekProbe[name]?.(...list),
			method,
			args
		) as Promise<T>;
	return {
		engine: 'Firefox',
		goto: async (url) => {
			await page.goto(url);
		},
		reload: async () => {
			await page.reload();
		},
		probe,
		find: async (query: Query) => {
			const handle = await page
				.evaluateHandle((q) => (window as unknown as ProbeWindow).stekboekProbe.find?.(q), query)
				.catch(() => null);
			const element = handle?.asElement() ?? null;
			if (!element) await handle?.dispose();
			return element as ElementHandle | null;
		},
		click: async (element) => {
			// A sticky bar (Contact opslaan) covers the bottom of the page: click in the middle.
			await element.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
			await element.click();
		},
		fill: async (element, text) => {
			await element.evaluate((field) => {
				(field as HTMLInputElement).value = '';
			});
			await element.type(text);
		},
		setFile: (element, path) => (element as ElementHandle<HTMLInputElement>).uploadFile(path),
		screenshot: async () => Buffer.from(await page.screenshot()),
		close: () => browser.close()
	};
}
