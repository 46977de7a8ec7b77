import type sodiumModule from 'libsodium-wrappers-sumo';

/** The loaded libsodium (sumo) instance; sumo because the plain build lacks `crypto_pwhash`. */
export type Sodium = typeof sodiumModule;

let loading: Promise<Sodium> | undefined;
let loaded: Sodium | undefined;

/**
 * Loads libsodium once and returns it. The import is dynamic so the ~188 KB gzipped bundle
 * is fetched only when a screen first needs crypto (the unlock screen), never twice.
 * A failed load is not memoised, so a retry after a network hiccup can succeed.
 */
export function loadSodium(): Promise<Sodium> {
	loading ??= import('libsodium-wrappers-sumo').then(
		async ({ default: sodium }) => {
			await sodium.ready;
			loaded = sodium;
			return sodium;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/**
 * The instance after `loadSodium()` resolved, for synchronous hot paths (record
 * encryption) that must not await per call. Throws if nobody awaited `loadSodium()` yet.
 */
export function readySodium(): Sodium {
	if (!loaded) throw new Error('crypto used before loadSodium() resolved');
	return loaded;
}

/**
 * Overwrites key material with zeros. Plain JS on purpose: libsodium's `memzero` is the
 * same loop for JS arrays, and this works before (and without) the wasm being loaded.
 * Copies inside the wasm heap are not reachable; the app reloads on lock to drop them.
 */
export function memzero(bytes: Uint8Array): void {
	bytes.fill(0);
}
