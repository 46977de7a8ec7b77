import type { BrowserContext } from '@playwright/test';

/** Collects every request the context makes (pages and workers) that leaves the origin. */
export function watchForeignRequests(context: BrowserContext, origin: string): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}
