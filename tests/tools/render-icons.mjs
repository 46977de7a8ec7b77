// Renders static/icons/icon.svg to the PNG sizes the web manifest lists, in the same
// system Chromium the end-to-end tests use. Run it after changing the SVG:
//   node tests/tools/render-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';

const svg = await readFile(new URL('../../static/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
const targets = [
	{ file: 'icon-192.png', size: 192, padding: 0 },
	{ file: 'icon-512.png', size: 512, padding: 0 },
	// Maskable icons keep their content inside the middle 80 %: pad the artwork.
	{ file: 'icon-maskable-512.png', size: 512, padding: 52 }
];
for (const { file, size, padding } of targets) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0;background:#1f5f4a"><div style="padding:${padding}px">${svg.replace('<svg ', `<svg width="${size - 2 * padding}" height="${size - 2 * padding}" `)}</div></body>`
	);
	await page.screenshot({ path: new URL(`../../static/icons/${file}`, import.meta.url).pathname });
}
await browser.close();
