import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit downloads, raw and gzipped (level 9, as a static host would
 * serve it): everything fetched until the network is idle on the lock screen (what it needs
 * to paint, plus the vault session and shell it starts loading right after paint so that
 * unlock is ready), then what the first unlock adds. What the lock screen needs to paint,
 * per route, is `lockScreenGzipKbByRoute`, read from the build manifest.
 */
export async function measureLockScreenScripts(browser, url) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const scripts = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && !response.url().endsWith('.js')) return;
		scripts.push({ url: response.url(), body: await response.body().catch(() => Buffer.alloc(0)) });
	});
	await page.goto(url);
	await page.getByRole('button', { name: 'Kluis aanmaken' }).waitFor();
	await page.waitForLoadState('networkidle');
	const sum = (list) => ({
		files: list.length,
		rawKb: Math.round(list.reduce((total, s) => total + s.body.length, 0) / 102.4) / 10,
		gzipKb:
			Math.round(
				list.reduce((total, s) => total + gzipSync(s.body, { level: 9 }).length, 0) / 102.4
			) / 10
	});
	const untilIdleOnLockScreen = sum(scripts);
	await page
		.getByLabel('Wachtwoordzin', { exact: true })
		.fill('een lange wachtwoordzin voor de meting');
	await page.getByLabel('Herhaal wachtwoordzin').fill('een lange wachtwoordzin voor de meting');
	await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
	await page.getByRole('button', { name: 'Vergrendelen' }).waitFor();
	await page.waitForLoadState('networkidle');
	await context.close();
	return { untilIdleOnLockScreen, withFirstUnlock: sum(scripts) };
}
