/**
 * Why a backup file was refused or a restore did not happen. Each reason maps to one
 * Dutch (and English) message in `catalog/backup.ts`; nothing here carries file content.
 */
export type BackupRefusal =
	| 'not-a-backup'
	| 'newer-format'
	| 'damaged-header'
	| 'kdf-refused'
	| 'wrong-passphrase'
	| 'truncated'
	| 'tampered'
	| 'invalid-content'
	| 'count-mismatch'
	| 'invalid-record'
	| 'newer-record'
	| 'too-large'
	| 'vault-exists'
	| 'unexpected';

/** The one error the backup reader and restore functions throw on purpose. */
export class BackupError extends Error {
	override readonly name = 'BackupError';

	constructor(
		readonly reason: BackupRefusal,
		readonly detail = ''
	) {
		super(detail ? `backup refused: ${reason} (${detail})` : `backup refused: ${reason}`);
	}
}
