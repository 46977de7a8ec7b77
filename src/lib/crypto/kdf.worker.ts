import '../zod-jitless';
import { deriveKeyInThisThread, type KdfParams } from './kdf';

/** What `derive-key.ts` posts: `id` pairs the reply with its caller on the one shared worker. */
export type KdfRequest = { id: number; passphrase: string; params: KdfParams };
/** The derived key (its buffer transferred, so no copy stays here) or the error's name. */
export type KdfReply = { id: number; key: Uint8Array } | { id: number; error: string };

// Typed through the DOM lib on purpose: pulling in the `webworker` lib would retype the
// globals of the whole project. `postMessage(message, { transfer })` exists in both.
self.addEventListener('message', (event: MessageEvent<KdfRequest>) => {
	const { id, passphrase, params } = event.data;
	deriveKeyInThisThread(passphrase, params).then(
		(key) => {
			const reply: KdfReply = { id, key };
			self.postMessage(reply, { transfer: [key.buffer as ArrayBuffer] });
		},
		(error: unknown) => {
			const reply: KdfReply = { id, error: error instanceof Error ? error.name : 'Error' };
			self.postMessage(reply);
		}
	);
});
