import type { MessageKey } from '$lib/i18n/messages';

/** An error meant for the worker: a message key shown in their language, with parameters. */
export class VaultError extends Error {
	constructor(
		readonly key: MessageKey,
		readonly params: Record<string, string | number> = {}
	) {
		super(key);
		this.name = 'VaultError';
	}
}
