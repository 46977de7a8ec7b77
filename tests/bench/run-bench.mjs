// `npm run bench`: builds the app and a benchmark page, serves both on localhost like
// `npm start`, runs Lighthouse mobile (median of three) and the figures in the same
// headless Chromium the end-to-end tests use, prints them and writes
// bench-results/latest.json. Figures only: nothing here passes or fails on speed.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';
import { measureLighthouseMobile } from './lighthouse-mobile.mjs';
import { lockScreenScripts } from '../build-output/lock-screen-scripts.mjs';
import { measureLockScreenScripts } from './lock-screen-size.mjs';
import { measureReportPage } from './report-page-time.mjs';
import { measureWordExport } from './word-export-time.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Several engineers may bench on one machine: STEKBOEK_BENCH_PORT moves both servers.
const APP_PORT = Number(process.env.STEKBOEK_BENCH_PORT ?? 4191);
const BENCH_PORT = APP_PORT + 1;

function run(command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${code}`))));
	});
}

function serve(dir, port) {
	// The sirv binary itself, not `npx sirv`, so that killing the child stops the server;
	// the same options as `npm start` (precompressed brotli/gzip files).
	const args = [
		dir,
		'--single',
		'--gzip',
		'--brotli',
		'--port',
		String(port),
		'--host',
		'localhost'
	];
	return spawn(`${root}node_modules/.bin/sirv`, args, { cwd: root, stdio: 'ignore' });
}

async function waitForServer(url) {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`no server at ${url}`);
}

await run('npm', ['run', 'build']);
await build({
	root: `${root}tests/bench/page`,
	logLevel: 'warn',
	resolve: { alias: { $lib: `${root}src/lib`, '$test-support': `${root}tests/support` } },
	worker: { format: 'es' },
	build: { outDir: `${root}bench-results/page`, emptyOutDir: true, target: 'es2022' }
});

const servers = [serve('build', APP_PORT), serve('bench-results/page', BENCH_PORT)];
// STEKBOEK_BENCH_ONLY=lighthouseMobile,unlock10kPersons runs just the figures it names.
const only = (process.env.STEKBOEK_BENCH_ONLY ?? '').split(',').filter(Boolean);
const wanted = (name) => only.length === 0 || only.includes(name);
try {
	await waitForServer(`http://localhost:${APP_PORT}/`);
	await waitForServer(`http://localhost:${BENCH_PORT}/`);
	const app = `http://localhost:${APP_PORT}/`;
	const figures = { date: new Date().toISOString() };
	// First, alone on the machine's cores: Lighthouse starts its own Chromium.
	if (wanted('lighthouseMobile')) figures.lighthouseMobile = await measureLighthouseMobile(app);
	const browser = await chromium.launch(chromiumLaunchOptions());
	if (wanted('lockScreenScripts')) {
		figures.lockScreenScripts = await measureLockScreenScripts(browser, app);
		// Per route, from the build's manifest: what SvelteKit loads before it paints.
		figures.lockScreenGzipKbByRoute = Object.fromEntries(
			lockScreenScripts(`${root}.svelte-kit`, `${root}build`).map((r) => [r.route, r.gzipKb])
		);
	}
	if (wanted('reportPageToCharts'))
		figures.reportPageToCharts = await measureReportPage(browser, app);
	if (wanted('wordExport')) figures.wordExport = await measureWordExport(browser, app);
	const page = await browser.newPage();
	page.setDefaultTimeout(0);
	await page.goto(`http://localhost:${BENCH_PORT}/`);
	await page.waitForFunction(() => 'runBench' in globalThis);
	Object.assign(figures, await page.evaluate((names) => globalThis.runBench(names), only));
	await browser.close();
	console.log(JSON.stringify(figures, null, 2));
	await mkdir(`${root}bench-results`, { recursive: true });
	await writeFile(`${root}bench-results/latest.json`, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
	for (const server of servers) server.kill();
}
