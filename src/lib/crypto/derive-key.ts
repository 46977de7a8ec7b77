import { withDeadline } from './deadline';
import { KdfTimeoutError } from './errors';
import { assertKdfParamsAcceptable, deriveKeyInThisThread, type KdfParams } from './kdf';
import type { KdfReply, KdfRequest } from './kdf.worker';

type Pending = { resolve: (key: Uint8Array) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
	for (const { reject } of pending.values()) reject(new Error(message));
	pending.clear();
}

/** The one KDF worker, created on first use and reused, so libsodium loads there only once. */
function kdfWorker(): Worker {
	if (worker) return worker;
	// Vite recognises exactly this expression and bundles the worker as an ES module chunk.
	const created = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
	created.addEventListener('message', (event: MessageEvent<KdfReply>) => {
		const reply = event.data;
		const waiting = pending.get(reply.id);
		pending.delete(reply.id);
		if ('key' in reply) waiting?.resolve(reply.key);
		else waiting?.reject(new Error(`key derivation failed in worker: ${reply.error}`));
	});
	created.addEventListener('error', () => {
		failAll('key derivation worker crashed');
		terminateKdfWorker();
	});
	worker = created;
	return created;
}

/**
 * How long a derivation may take before it counts as stuck: 20 s to start the worker and
 * load libsodium, plus 10 ms per MiB-pass (the default 64 MiB × 3 takes ~0.7 s on a
 * throttled phone, ~3.5 ms per MiB-pass; the ceiling, 1 GiB × 10, gets 122 s).
 */
export function kdfDeadlineMs(params: Pick<KdfParams, 'memLimitBytes' | 'opsLimit'>): number {
	return 20_000 + Math.ceil(params.memLimitBytes / (1024 * 1024)) * params.opsLimit * 10;
}

/**
 * Derives a 32-byte key from a passphrase with Argon2id. In the browser it runs in a Web
 * Worker so the unlock screen keeps painting; in Node (unit tests) it runs in-thread.
 * Refused parameters throw `KdfDowngradeError` here, before any work is sent off. A worker
 * that does not answer within `kdfDeadlineMs` is stopped and `KdfTimeoutError` thrown.
 */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
	assertKdfParamsAcceptable(params);
	if (typeof Worker === 'undefined' || typeof window === 'undefined') {
		return deriveKeyInThisThread(passphrase, params);
	}
	const id = nextId++;
	const answer = new Promise<Uint8Array>((resolve, reject) => {
		pending.set(id, { resolve, reject });
		const request: KdfRequest = { id, passphrase, params };
		kdfWorker().postMessage(request);
	});
	const ms = kdfDeadlineMs(params);
	return withDeadline(answer, ms, () => {
		pending.delete(id);
		terminateKdfWorker();
		return new KdfTimeoutError(ms);
	});
}

/**
 * Stops the KDF worker and frees its Argon2 memory (64 MiB by default, which wasm never
 * gives back). Safe to call any time; the next `deriveKey` starts a fresh worker.
 */
export function terminateKdfWorker(): void {
	worker?.terminate();
	worker = undefined;
	failAll('key derivation worker stopped');
}
