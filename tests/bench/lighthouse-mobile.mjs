import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../e2e/support/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function lighthouse(url, outputPath) {
	const args = [
		url,
		'--quiet',
		'--only-categories=performance',
		'--chrome-flags=--headless=new --no-sandbox --disable-gpu',
		'--output=json',
		`--output-path=${outputPath}`
	];
	return new Promise((resolve, reject) => {
		const child = spawn(`${root}node_modules/.bin/lighthouse`, args, {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, CHROME_PATH: chromiumExecutable() }
		});
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${code}`))));
	});
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Lighthouse 12's default mobile run (Moto G Power screen, simulated slow 4G and 4× CPU
 * slowdown) against `url`, `runs` times in the system Chromium: the performance score and
 * FCP, LCP and TBT of every run and their medians (each figure's own median).
 */
export async function measureLighthouseMobile(url, runs = 3) {
	const dir = await mkdtemp(join(tmpdir(), 'stekboek-lighthouse-'));
	try {
		const results = [];
		let version = '';
		for (let run = 0; run < runs; run++) {
			const path = join(dir, `run-${run}.json`);
			await lighthouse(url, path);
			const report = JSON.parse(await readFile(path, 'utf8'));
			version = `${report.lighthouseVersion} ${report.configSettings.formFactor}, throttling: ${report.configSettings.throttlingMethod}`;
			const ms = (audit) => Math.round(report.audits[audit].numericValue);
			results.push({
				performance: Math.round(report.categories.performance.score * 100),
				fcpMs: ms('first-contentful-paint'),
				lcpMs: ms('largest-contentful-paint'),
				tbtMs: ms('total-blocking-time')
			});
		}
		const figures = ['performance', 'fcpMs', 'lcpMs', 'tbtMs'];
		return {
			lighthouse: version,
			median: Object.fromEntries(figures.map((key) => [key, median(results.map((r) => r[key]))])),
			runs: results
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
