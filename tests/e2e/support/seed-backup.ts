import { writeBackup } from '../../../src/lib/backup/backup-writer';
import type { BackupRecord } from '../../../src/lib/backup/backup-content';
import { createVault, KDF_FLOOR } from '../../../src/lib/crypto';
import { defaultSettings } from '../../../src/lib/domain/settings.schema';
import type { Period } from '../../../src/lib/report/period';
import { seedFixture } from '../../support/report/seed-fixture';

/** The passphrase of the seed-figure backup. */
export const SEED_PASSPHRASE = 'de cijfers van de stek in harelbeke';

/**
 * A `.stekboek` backup of the seed-figure fixture (eindrapport Stek Harelbeke, chapter 4),
 * written in this Node process with the app's own writer, so the page restores exactly the
 * records the unit tests count.
 */
export async function seedBackup(period: Period): Promise<Buffer> {
	const input = seedFixture(period);
	const { header, keys } = await createVault(SEED_PASSPHRASE, KDF_FLOOR);
	const records: BackupRecord[] = [
		{ kind: 'settings', record: defaultSettings },
		...input.taxonomy.map((record): BackupRecord => ({ kind: 'taxonomy', record })),
		...input.persons.map((record): BackupRecord => ({ kind: 'person', record })),
		...input.contacts.map((record): BackupRecord => ({ kind: 'contact', record })),
		...input.sessions.map((record): BackupRecord => ({ kind: 'session', record }))
	];
	const written = await writeBackup({
		header,
		keys,
		records,
		sealed: [],
		createdAt: new Date().toISOString()
	});
	if (written.skipped > 0) throw new Error(`${written.skipped} seed records fail their schema`);
	return Buffer.from(written.bytes);
}
