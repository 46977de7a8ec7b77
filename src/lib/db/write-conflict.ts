/**
 * Another tab changed or removed a record after this tab read it. The write was refused
 * as a whole; the tab refreshes and the worker redoes the change on the current data.
 */
export class WriteConflictError extends Error {
	constructor(readonly keys: readonly (readonly [string, string])[]) {
		super(`changed elsewhere: ${keys.map((key) => key.join('/')).join(', ')}`);
		this.name = 'WriteConflictError';
	}
}

/** Whether two nonces are the same bytes (a nonce identifies one written version). */
export function sameNonce(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
