import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deriveKey, terminateKdfWorker } from './derive-key';
import { KdfDowngradeError } from './errors';
import { deriveKeyInThisThread, KDF_FLOOR, newKdfParams } from './kdf';
import { loadSodium } from './sodium';

const params = newKdfParams(KDF_FLOOR);

describe('deriveKey in Node', () => {
	it('derives on this thread when there is no Worker', async () => {
		expect(typeof window).toBe('undefined');
		const key = await deriveKey('correct horse battery', params);
		expect(key).toEqual(await deriveKeyInThisThread('correct horse battery', params));
	});
});

/** Stands in for a browser: messages go through structuredClone as postMessage does. */
describe('deriveKey in a browser', () => {
	const created: { url: string; options: unknown }[] = [];
	const transferred: ArrayBuffer[] = [];
	const posted: unknown[] = [];
	const live: EventTarget[] = [];
	const scope = Object.assign(new EventTarget(), {
		postMessage(reply: unknown, options?: { transfer?: ArrayBuffer[] }) {
			transferred.push(...(options?.transfer ?? []));
			const data = structuredClone(reply, options);
			live.at(-1)?.dispatchEvent(new MessageEvent('message', { data }));
		}
	});
	class FakeWorker extends EventTarget {
		constructor(url: URL, options: unknown) {
			super();
			created.push({ url: url.href, options });
			live.push(this);
		}
		postMessage(request: unknown) {
			posted.push(request);
			const data = structuredClone(request);
			queueMicrotask(() => scope.dispatchEvent(new MessageEvent('message', { data })));
		}
		terminate() {
			live.splice(live.indexOf(this), 1);
		}
	}

	beforeAll(async () => {
		await loadSodium();
		vi.stubGlobal('window', {});
		vi.stubGlobal('Worker', FakeWorker);
		vi.stubGlobal('self', scope);
		await import('./kdf.worker');
	});
	afterAll(() => {
		terminateKdfWorker();
		vi.unstubAllGlobals();
	});

	it('runs Argon2id in one reused module worker', async () => {
		const [first, second] = await Promise.all([
			deriveKey('correct horse battery', params),
			deriveKey('another passphrase', params)
		]);
		expect(created).toHaveLength(1);
		expect(created[0]?.url).toMatch(/\/kdf\.worker\.ts$/);
		expect(created[0]?.options).toEqual({ type: 'module' });
		expect(first).toEqual(await deriveKeyInThisThread('correct horse battery', params));
		expect(second).toEqual(await deriveKeyInThisThread('another passphrase', params));
	});

	it('transfers the key buffer so no copy stays in the worker', async () => {
		transferred.length = 0;
		await deriveKey('correct horse battery', params);
		expect(transferred).toHaveLength(1);
		expect(transferred[0]?.byteLength).toBe(0);
	});

	it('refuses downgraded parameters before anything reaches the worker', async () => {
		posted.length = 0;
		const weak = { ...params, opsLimit: 1 };
		await expect(deriveKey('correct horse battery', weak)).rejects.toThrow(KdfDowngradeError);
		expect(posted).toHaveLength(0);
	});

	it('rejects a pending derivation when the worker is stopped', async () => {
		const pending = deriveKey('correct horse battery', params);
		terminateKdfWorker();
		await expect(pending).rejects.toThrow(/stopped/);
	});
});
