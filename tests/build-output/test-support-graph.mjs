import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The one folder for test kits, fixtures, arbitraries and fuzzers (`$test-support`). */
export const TEST_SUPPORT_DIR = 'tests/support';

/**
 * What counts as test support when it turns up in src/ again: fuzzers, test kits,
 * fixtures, arbitraries and testing/ folders, plus the test files themselves.
 */
export const TEST_SUPPORT_PATTERNS = [
	/-fuzz\.ts$/,
	/-test-kit\.ts$/,
	/(^|\/)testing\//,
	/test-fixtures?\.ts$/,
	/\.arbitrary\.ts$/,
	/\.(test|spec)\.ts$/
];

/** Packages that only tests may use. */
export const TEST_ONLY_PACKAGES = ['fast-check', 'vitest', 'fake-indexeddb', '@playwright/test'];

/** True for a src-relative path (forward slashes) that names a test-support module. */
export function isTestSupport(path) {
	return TEST_SUPPORT_PATTERNS.some((pattern) => pattern.test(path));
}

/** Every file below `dir`, as absolute paths. */
export function listFiles(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

const STATIC_IMPORT =
	/(?:^|[\n;}])\s*(?:import|export)\s+(?!type[\s{])(?:[^'"`;]*?\bfrom\s*)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '.svelte.ts', '/index.ts', '/index.js'];

/** The specifiers a module imports at run time (type-only imports ship nothing). */
function specifiers(source) {
	return [...source.matchAll(STATIC_IMPORT), ...source.matchAll(DYNAMIC_IMPORT)].map(
		(match) => match[1]
	);
}

/** A source file for a specifier, a package name, or undefined for SvelteKit's virtual modules. */
function resolveSpecifier(root, from, specifier) {
	const bare = specifier.split('?')[0];
	if (bare.startsWith('$app/') || bare === '$service-worker' || bare.startsWith('$env/')) return;
	const base = bare.startsWith('$lib')
		? join(root, 'src/lib', bare.slice(4))
		: bare.startsWith('$test-support')
			? join(root, TEST_SUPPORT_DIR, bare.slice('$test-support'.length))
			: bare.startsWith('.')
				? resolve(dirname(from), bare)
				: undefined;
	if (!base) {
		const parts = bare.split('/');
		return { package: bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
	}
	const file = EXTENSIONS.map((ext) => base + ext).find(
		(path) => existsSync(path) && statSync(path).isFile()
	);
	return file ? { file } : undefined;
}

/**
 * Walks the import graph of the production entry points (routes, hooks, service worker)
 * and returns every test-support module or test-only package it reaches, each with the
 * import chain that pulls it in.
 */
export function findTestSupportInAppGraph(root) {
	const src = join(root, 'src');
	const entries = [
		...listFiles(join(src, 'routes')).filter((path) => /\/\+[^/]+$/.test(path)),
		...['service-worker.ts', 'hooks.client.ts', 'hooks.ts']
			.map((name) => join(src, name))
			.filter((path) => existsSync(path))
	];
	const via = new Map(entries.map((entry) => [entry, []]));
	const queue = [...entries];
	const found = [];
	while (queue.length > 0) {
		const file = queue.shift();
		const chain = [...via.get(file), relative(root, file)];
		for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
			const target = resolveSpecifier(root, file, specifier);
			if (target?.package && TEST_ONLY_PACKAGES.includes(target.package)) {
				found.push({ module: target.package, chain });
			} else if (target?.file && !via.has(target.file)) {
				via.set(target.file, chain);
				const outsideSrc = relative(src, target.file).startsWith('..');
				if (outsideSrc || isTestSupport(relative(src, target.file))) {
					found.push({ module: relative(root, target.file), chain });
				} else queue.push(target.file);
			}
		}
	}
	return found;
}
