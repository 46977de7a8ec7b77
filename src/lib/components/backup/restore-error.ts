import { BackupError, type BackupRefusal } from '$lib/backup/backup-error';
import type { MessageKey } from '$lib/i18n/messages';
import { VaultError } from '$lib/state/vault-session.svelte';

const refusalKeys: Record<BackupRefusal, MessageKey> = {
	'not-a-backup': 'restore.error.not-a-backup',
	'newer-format': 'restore.error.newer-format',
	'damaged-header': 'restore.error.damaged-header',
	'kdf-refused': 'restore.error.kdf-refused',
	'wrong-passphrase': 'restore.error.wrong-passphrase',
	truncated: 'restore.error.truncated',
	tampered: 'restore.error.tampered',
	'invalid-content': 'restore.error.invalid-content',
	'count-mismatch': 'restore.error.count-mismatch',
	'invalid-record': 'restore.error.invalid-record',
	'newer-record': 'restore.error.newer-record',
	'too-large': 'restore.error.too-large',
	'vault-exists': 'restore.error.vault-exists',
	unexpected: 'restore.error.unexpected'
};

/** The message for a failed restore: a refusal, a full disk, a vault error, or the unexpected. */
export function restoreErrorMessage(error: unknown): {
	key: MessageKey;
	params?: Record<string, string | number>;
} {
	if (error instanceof BackupError) return { key: refusalKeys[error.reason] };
	if (error instanceof VaultError) return { key: error.key, params: error.params };
	const name = (error as { name?: string; inner?: { name?: string } } | null) ?? {};
	if (name.name === 'QuotaExceededError' || name.inner?.name === 'QuotaExceededError') {
		return { key: 'storage.full' };
	}
	return { key: 'restore.error.unexpected' };
}
