/**
 * Another tab changed or removed a record after this tab read it. The write was refused
 * as a whole; the tab re-reads those rows and the worker redoes the change.
 */
export class WriteConflictError extends Error {
	constructor(readonly rows: readonly string[]) {
		super(`changed elsewhere: ${rows.length} row(s)`);
		this.name = 'WriteConflictError';
	}
}

/** Whether two nonces are the same bytes (a nonce identifies one written version). */
export function sameNonce(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
