import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript each route needs before it can paint the lock screen, gzipped (level 9,
 * as a static host serves it): SvelteKit's start and app entries, the root layout and the
 * route's page node, each with every chunk it imports statically. SvelteKit loads the
 * layout and page nodes together before it renders, so a page's static imports count.
 * Read from the client manifest of a build; returns [] when there is none.
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
		return { route, files: files.size, gzipKb: Math.round(bytes / 102.4) / 10 };
	});
}
