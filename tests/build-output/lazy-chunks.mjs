// Which built chunks every page loads up front: the static import closure of the entry
// files and of every route node. A library that must load only on demand (docx, for the
// Word export) may appear in no chunk of that closure, only behind a dynamic import().
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { listFiles } from './test-support-graph.mjs';

/** Strings only docx's code holds: the WordprocessingML namespace it writes into every file. */
export const DOCX_MARKERS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main'];

/** The relative chunk paths a built chunk imports statically (`from"./x.js"`, `import"./x.js"`). */
function staticImports(path) {
	const text = readFileSync(path, 'utf8');
	const found = [...text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => m[1]);
	return found.map((specifier) => resolve(dirname(path), specifier)).filter((p) => existsSync(p));
}

/**
 * Problems for every chunk that entry points or route nodes load statically and that holds
 * one of `markers`: a library meant to load on demand has slipped into a page.
 */
export function eagerChunksWith(immutableDir, markers, label) {
	const roots = [
		...listFiles(join(immutableDir, 'entry')),
		...listFiles(join(immutableDir, 'nodes'))
	].filter((path) => path.endsWith('.js'));
	const seen = new Set();
	const queue = [...roots];
	while (queue.length > 0) {
		const path = queue.pop();
		if (seen.has(path)) continue;
		seen.add(path);
		queue.push(...staticImports(path));
	}
	return [...seen]
		.filter((path) => markers.some((marker) => readFileSync(path, 'utf8').includes(marker)))
		.map((path) => `${relative(immutableDir, path)} loads ${label} with a page, not on demand`);
}
