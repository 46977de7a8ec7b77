import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript each route needs before it can paint the lock screen, gzipped (level 9,
 * as a static host serves it): SvelteKit's start and app entries, the root layout and the
 * route's page node, each with every chunk it imports statically. SvelteKit loads the
 * layout and page nodes together before it renders, so a page's static imports count.
 * Read from the client manifest of a build; returns [] when there is none. Each route comes
 * with the build files it loads (paths under the build directory).
 */
export function lockScreenScripts(kitDir, buildDir) {
	const client = join(kitDir, 'output/client');
	const manifestPath = join(client, '.vite/manifest.json');
	if (!existsSync(manifestPath)) return [];
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const keys = Object.keys(manifest);
	const key = (suffix) => keys.find((name) => name.endsWith(suffix));
	const app = key('generated/client-optimized/app.js');
	const start = key('@sveltejs/kit/src/runtime/client/entry.js');
	if (!app || !start) return [];
	const generated = readFileSync(join(kitDir, 'generated/client-optimized/app.js'), 'utf8');
	const routes = [...generated.matchAll(/"(\/[^"]*)": \[(?:~?\d+,)*?~?(\d+)\]/g)];
	const gzipped = new Map();
	const sizeOf = (file) => {
		if (!gzipped.has(file)) {
			const bytes = readFileSync(join(buildDir, file));
			gzipped.set(file, gzipSync(bytes, { level: 9 }).length);
		}
		return gzipped.get(file);
	};
	return routes.map(([, route, page]) => {
		const files = new Set();
		const visit = (name) => {
			const chunk = manifest[name];
			if (!chunk || files.has(chunk.file)) return;
			files.add(chunk.file);
			for (const imported of chunk.imports ?? []) visit(imported);
		};
		for (const name of [start, app, key('client-optimized/nodes/0.js'), key(`nodes/${page}.js`)]) {
			visit(name);
		}
		const bytes = [...files].reduce((total, file) => total + sizeOf(file), 0);
		return { route, files: [...files], gzipKb: Math.round(bytes / 102.4) / 10 };
	});
}

/**
 * Strings that survive minification in the code of modules the lock screen must not load:
 * the heavy libraries (they load on demand, during unlock) and test code. Each marker was
 * checked to occur in that library's chunk of a build. Minified chunks
 * carry no module names, so these name the offender when the check fails.
 */
export const LOCK_SCREEN_FORBIDDEN = [
	{ module: 'dexie', markers: ['DatabaseClosedError', 'MissingAPIError'] },
	{ module: 'zod', markers: ['$ZodType', 'ZodError'] },
	{ module: 'libsodium-wrappers-sumo', markers: ['crypto_pwhash', 'libsodium'] },
	{ module: 'chart.js', markers: ['datasetElementType', 'chartjs'] },
	{ module: 'fast-check', markers: ['fast-check/cloneMethod', 'fast-check/toStringMethod'] },
	{ module: 'test support (tests/support)', markers: ['$test-support', 'tests/support/'] }
];

/** `module (in file)` for each forbidden module one of `files` under `buildDir` contains. */
export function forbiddenInLockScreen(buildDir, files) {
	const found = [];
	for (const file of files) {
		const text = readFileSync(join(buildDir, file), 'utf8');
		for (const { module, markers } of LOCK_SCREEN_FORBIDDEN) {
			if (markers.some((marker) => text.includes(marker))) found.push(`${module} (in ${file})`);
		}
	}
	return found;
}
