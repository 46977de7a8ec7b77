// `npm run test:build-output`: fails when the production build ships test code. Run after
// a build (npm test runs it after the end-to-end suite, which builds the app).
//  1. No chunk under build/_app/immutable may contain fast-check: its distinctive strings
//     (the symbols it registers and its failure report) survive minification.
//  2. No chunk may be named after a test-support module (tests/support, or one that turned
//     up in src/ again): a dynamic import of one gets its own chunk named after it.
//  3. No production entry point (route, hook, service worker) may reach a test-support
//     module, anything outside src/ or a test-only package through its imports; minified
//     chunks no longer carry module names, so this is where a slipped-in fuzzer shows up.
//  4. The service worker precaches each file once: not the .br/.gz copies of precompress.
//     Every other file under _app/immutable is precached: by name, or (a Web Worker bundle,
//     which SvelteKit leaves out of the list) through the worker URL a chunk starts it by.
//  5. docx (the Word export) loads only on demand: no entry or route chunk imports it statically.
//  6. No route needs more than 80 KB of gzipped JavaScript to paint the lock screen (issue
//     13), and none of it is a heavy library (Dexie, zod, libsodium, Chart.js) or test
//     code: those load on demand, during unlock. The failure names the module and chunk.
import { basename, join, relative } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forbiddenInLockScreen, lockScreenScripts } from './lock-screen-scripts.mjs';
import { DOCX_MARKERS, eagerChunksWith } from './lazy-chunks.mjs';
import {
	findTestSupportInAppGraph,
	isTestSupport,
	listFiles,
	TEST_SUPPORT_DIR
} from './test-support-graph.mjs';

/** Strings only fast-check's code contains. */
export const FAST_CHECK_MARKERS = [
	'fast-check/cloneMethod',
	'fast-check/toStringMethod',
	'fast-check/PreconditionFailure',
	'Property failed after'
];

const root = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = join(root, process.env.STEKBOEK_BUILD_DIR ?? 'build');
const chunks = listFiles(join(buildDir, '_app/immutable')).filter((path) => path.endsWith('.js'));
const problems = [];

if (chunks.length === 0) problems.push(`no chunks in ${buildDir}/_app/immutable: build first`);

const supportNames = [
	...listFiles(join(root, 'src'))
		.map((path) => relative(join(root, 'src'), path))
		.filter(isTestSupport),
	...listFiles(join(root, TEST_SUPPORT_DIR))
].map((path) => basename(path).replace(/\.ts$/, ''));

for (const chunk of chunks) {
	const text = readFileSync(chunk, 'utf8');
	const markers = FAST_CHECK_MARKERS.filter((marker) => text.includes(marker));
	if (markers.length > 0) {
		problems.push(`${relative(root, chunk)} contains fast-check (${markers.join(', ')})`);
	}
	const name = basename(chunk).replace(/\.[^.]+\.js$/, '');
	if (supportNames.includes(name)) {
		problems.push(`${relative(root, chunk)} is the test-support module ${name}`);
	}
}

for (const { module, chain } of findTestSupportInAppGraph(root)) {
	problems.push(`${module} is imported by production code: ${chain.join(' -> ')}`);
}

const workerPath = join(buildDir, 'service-worker.js');
const worker = existsSync(workerPath) ? readFileSync(workerPath, 'utf8') : '';
if (!worker) problems.push(`no ${relative(root, workerPath)}`);
for (const [copy] of worker.matchAll(/[\w./-]+\.(?:br|gz)(?=["'`])/g)) {
	problems.push(`the service worker precaches the compressed copy ${copy}`);
}

const chunkTexts = chunks.map((chunk) => readFileSync(chunk, 'utf8'));
for (const file of listFiles(join(buildDir, '_app/immutable'))) {
	if (/\.(br|gz)$/.test(file)) continue;
	const path = relative(buildDir, file).split('\\').join('/');
	if (worker.includes(`"/${path}"`)) continue;
	const isWorker = path.includes('/workers/');
	if (!isWorker || !chunkTexts.some((text) => text.includes(`../workers/${basename(file)}`))) {
		problems.push(`the service worker does not precache ${path}`);
	}
}

const LOCK_SCREEN_BUDGET_KB = 80;
const lockScreen = lockScreenScripts(join(root, process.env.STEKBOEK_KIT_DIR ?? '.svelte-kit'), buildDir);
if (lockScreen.length === 0) problems.push('no client manifest to measure the lock screen: build first');
for (const { route, gzipKb, files } of lockScreen) {
	if (gzipKb > LOCK_SCREEN_BUDGET_KB) {
		problems.push(`${route} needs ${gzipKb} KB of gzipped JS to paint the lock screen (budget ${LOCK_SCREEN_BUDGET_KB} KB)`);
	}
	for (const offender of forbiddenInLockScreen(buildDir, files)) {
		problems.push(`${route} loads ${offender} before the lock screen paints`);
	}
}
const heaviest = lockScreen.reduce((max, entry) => (entry.gzipKb > max.gzipKb ? entry : max), {
	route: '-',
	gzipKb: 0
});

if (chunks.length > 0 && !chunks.some((chunk) => DOCX_MARKERS.some((m) => readFileSync(chunk, 'utf8').includes(m))))
	problems.push('no chunk holds docx: the Word export is missing from the build');
problems.push(...eagerChunksWith(join(buildDir, '_app/immutable'), DOCX_MARKERS, 'docx'));

if (problems.length > 0) {
	console.error(`Problems in the production build:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`No test code in ${chunks.length} production chunks.`);
console.log(`Lock screen JS (gzipped): heaviest route ${heaviest.route} ${heaviest.gzipKb} KB.`);
