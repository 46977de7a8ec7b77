/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';

// Precaches the whole app so it works offline after the first visit. It never caches
// anything personal: the app's data lives in IndexedDB, encrypted, and no request ever
// leaves the origin. A new version waits until the worker taps "Bijwerken".
const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;
const CACHE = `stekboek-app-${version}`;
const APP_SHELL = '/index.html';
const PRECACHE = [...build, ...files, APP_SHELL];

/** `new URL('../workers/…', import.meta.url)` in a chunk: a Web Worker bundle it starts. */
const WORKER_URL = /\.\.\/workers\/[\w.-]+\.js/g;

/**
 * The build, plus the Web Worker bundles its chunks start (the key-derivation worker):
 * SvelteKit leaves those out of `build` (kit#12438), and an unlock offline right after an
 * update needs the new one. Found by reading the precached chunks for their worker URLs.
 */
async function precache(cache: Cache): Promise<void> {
	await cache.addAll(PRECACHE);
	const workers = new Set<string>();
	for (const path of build.filter((file) => file.endsWith('.js'))) {
		const text = (await (await cache.match(path))?.text()) ?? '';
		for (const [found] of text.matchAll(WORKER_URL)) {
			workers.add(new URL(found, new URL(path, sw.location.origin)).pathname);
		}
	}
	await cache.addAll([...workers]);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then(precache));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

/**
 * Cache first for the app's own files; every page is the single-page app's shell.
 * Hashed build files missing from the precache list (SvelteKit leaves Web Worker bundles
 * out of `build`, kit#12438) are cached the first time they pass through here.
 */
async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const key = request.mode === 'navigate' ? APP_SHELL : url.pathname;
	const cached = await cache.match(key);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && url.pathname.startsWith('/_app/immutable/')) {
		await cache.put(url.pathname, response.clone());
	}
	return response;
}
