const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 then JSON; undefined for anything else, so readers never throw on bytes. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
	try {
		return JSON.parse(decoder.decode(bytes)) as unknown;
	} catch {
		return undefined;
	}
}
