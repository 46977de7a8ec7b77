import { beforeAll, describe, expect, it } from 'vitest';
import { KDF_FLOOR, loadSodium, sealForVault, type VaultHeader, type VaultKeys } from '$lib/crypto';
import { recordKinds } from '$lib/domain/record-kinds';
import { encodeBody, type BackupRecord } from './backup-content';
import { BackupError, type BackupRefusal } from './backup-error';
import { encodeClearHeader, splitBackup } from './backup-format';
import { readBackup } from './backup-reader';
import {
	floorVault,
	memoisedUnlock,
	sampleRecords,
	TEST_PASSPHRASE
} from '$test-support/backup/backup-test-kit';
import { sealBackup, writeBackup } from './backup-writer';

const createdAt = '2024-05-03T10:00:00.000Z';
const unlock = memoisedUnlock();
let header: VaultHeader;
let keys: VaultKeys;
let records: BackupRecord[];
let file: Uint8Array;

async function refusal(bytes: Uint8Array, passphrase = TEST_PASSPHRASE): Promise<BackupRefusal> {
	try {
		await readBackup(bytes, passphrase, { unlock });
	} catch (error) {
		expect(error).toBeInstanceOf(BackupError);
		return (error as BackupError).reason;
	}
	throw new Error('the backup was accepted');
}

/** A well-encrypted file around a hand-made body, for faults only the content check sees. */
function fileWithBody(lines: unknown[]): Uint8Array {
	const text = lines.map((line) => JSON.stringify(line)).join('\n');
	return sealBackup(header, keys.dataKey, new TextEncoder().encode(text));
}

function manifest(recordCount: number, sealedCount = 0) {
	return { format: 'stekboek-backup-content', version: 1, createdAt, recordCount, sealedCount };
}

function recordLine({ kind, record }: BackupRecord) {
	return { kind, id: record.id, version: recordKinds[kind].version, record };
}

beforeAll(async () => {
	await loadSodium();
	({ header, keys } = await floorVault());
	records = sampleRecords(30, 300);
	const sealed = [{ id: 'sealed-1', sealed: sealForVault(keys.publicKey, new Uint8Array([1, 2])) }];
	({ bytes: file } = await writeBackup({ header, keys, records, sealed, createdAt }));
});

describe('readBackup', () => {
	it('reads back every record, sealed row, the header and the date it was written with', async () => {
		const contents = await readBackup(file, TEST_PASSPHRASE);
		expect(contents.records).toEqual(records);
		expect(contents.sealed).toEqual([{ id: 'sealed-1', sealed: expect.any(Uint8Array) }]);
		expect(contents.header).toEqual(header);
		expect(contents.createdAt).toBe(createdAt);
		expect(contents.keys.dataKey).toEqual(keys.dataKey);
	});

	it('spans several 64 KiB chunks for a few hundred contacts', () => {
		expect(file.length).toBeGreaterThan(3 * 64 * 1024);
		expect(new TextDecoder().decode(file)).not.toContain('Persoon 1');
	});

	it('refuses a wrong passphrase', async () => {
		expect(await refusal(file, 'dit is niet de juiste zin')).toBe('wrong-passphrase');
	});

	it('refuses a bit flip anywhere in the file', async () => {
		const { aad } = splitBackup(file);
		const positions = [0, 7, 8, 9, 10, 13, 14, 40, aad.length - 1, aad.length, aad.length + 23];
		positions.push(aad.length + 24, aad.length + 27, aad.length + 30, file.length - 17);
		for (let step = 1; step <= 24; step++) positions.push(Math.floor((file.length * step) / 25));
		positions.push(file.length - 1);
		for (const position of positions) {
			const flipped = file.slice();
			flipped[position]! ^= 1 << (position % 8);
			expect(await refusal(flipped), `position ${position}`).not.toBe('unexpected');
		}
	});

	it('refuses a file cut off anywhere', async () => {
		const { aad } = splitBackup(file);
		for (const length of [0, 5, 8, 12, 20, aad.length - 1, aad.length, aad.length + 30]) {
			expect(await refusal(file.slice(0, length)), `length ${length}`).toMatch(
				/truncated|not-a-backup/
			);
		}
		expect(await refusal(file.slice(0, file.length - 1))).toBe('truncated');
		expect(await refusal(file.slice(0, Math.floor(file.length / 2)))).toBe('truncated');
	});

	it('refuses bytes added after the final chunk', async () => {
		const longer = new Uint8Array(file.length + 3);
		longer.set(file);
		expect(await refusal(longer)).toBe('tampered');
	});

	it('refuses a file without the STEKBOEK magic, and random bytes', async () => {
		const renamed = file.slice();
		renamed.set(new TextEncoder().encode('STEKBOEX'));
		expect(await refusal(renamed)).toBe('not-a-backup');
		expect(await refusal(crypto.getRandomValues(new Uint8Array(5000)))).toBe('not-a-backup');
		expect(await refusal(new TextEncoder().encode('Datum;Persoon\n2022-01-01;AB'))).toBe(
			'not-a-backup'
		);
	});

	it('refuses a newer format version and a version that never existed', async () => {
		const newer = file.slice();
		new DataView(newer.buffer).setUint16(8, 2);
		expect(await refusal(newer)).toBe('newer-format');
		for (const version of [0, 0x2067]) {
			const wild = file.slice();
			new DataView(wild.buffer).setUint16(8, version);
			expect(await refusal(wild), `version ${version}`).toBe('damaged-header');
		}
	});

	it('refuses a header whose KDF cost was lowered below the floor, before deriving', async () => {
		const { header: clear, body } = splitBackup(file);
		const weak = { ...clear.vault.kdf, memLimitBytes: 8 * 1024 * 1024, opsLimit: 1 };
		const prefix = encodeClearHeader({ ...clear, vault: { ...clear.vault, kdf: weak } });
		const downgraded = new Uint8Array(prefix.length + body.length);
		downgraded.set(prefix);
		downgraded.set(body, prefix.length);
		expect(await refusal(downgraded)).toBe('kdf-refused');
	});

	it('refuses a header whose KDF cost was changed within the accepted range', async () => {
		const { header: clear, body } = splitBackup(file);
		const other = { ...clear.vault.kdf, opsLimit: KDF_FLOOR.opsLimit + 1 };
		const prefix = encodeClearHeader({ ...clear, vault: { ...clear.vault, kdf: other } });
		const changed = new Uint8Array(prefix.length + body.length);
		changed.set(prefix);
		changed.set(body, prefix.length);
		expect(await refusal(changed)).toBe('wrong-passphrase');
	});

	it('refuses a body whose record count does not match its lines', async () => {
		const lines = records.slice(0, 3).map(recordLine);
		expect(await refusal(fileWithBody([manifest(4), ...lines]))).toBe('count-mismatch');
		expect(await refusal(fileWithBody([manifest(2), ...lines]))).toBe('count-mismatch');
		expect(await refusal(fileWithBody([manifest(3, 1), ...lines]))).toBe('count-mismatch');
	});

	it('refuses a well-encrypted body holding one invalid record', async () => {
		const lines = records.slice(0, 40).map(recordLine);
		const person = records.find((item) => item.kind === 'person')!;
		const bad = { ...recordLine(person), record: { ...person.record, gender: 'robot' } };
		expect(await refusal(fileWithBody([manifest(41), ...lines, bad]))).toBe('invalid-record');
		const wrongId = { ...recordLine(person), id: 'another-id' };
		expect(await refusal(fileWithBody([manifest(41), ...lines, wrongId]))).toBe('invalid-record');
		const unknownKind = { ...recordLine(person), kind: 'spaceship' };
		expect(await refusal(fileWithBody([manifest(41), ...lines, unknownKind]))).toBe(
			'invalid-record'
		);
	});

	it('refuses a record twice, a record from a newer app, and a body that is not JSON', async () => {
		const line = recordLine(records[0]!);
		expect(await refusal(fileWithBody([manifest(2), line, line]))).toBe('invalid-record');
		expect(await refusal(fileWithBody([manifest(1), { ...line, version: 99 }]))).toBe(
			'newer-record'
		);
		const garbage = sealBackup(header, keys.dataKey, new TextEncoder().encode('{"format":'));
		expect(await refusal(garbage)).toBe('invalid-content');
		const notUtf8 = sealBackup(header, keys.dataKey, new Uint8Array([0xff, 0xfe, 0x00]));
		expect(await refusal(notUtf8)).toBe('invalid-content');
	});

	it('reads an empty vault', async () => {
		const empty = sealBackup(
			header,
			keys.dataKey,
			encodeBody({ createdAt, records: [], sealed: [] })
		);
		const contents = await readBackup(empty, TEST_PASSPHRASE, { unlock });
		expect(contents.records).toEqual([]);
	});

	it('leaves out, and counts, a record that fails its own schema when writing', async () => {
		const bad = { kind: 'person', record: { id: 'not-a-person' } } as unknown as BackupRecord;
		const written = await writeBackup({
			header,
			keys,
			records: [records[0]!, bad],
			sealed: [],
			createdAt
		});
		expect(written).toMatchObject({ recordCount: 1, skipped: 1 });
		expect((await readBackup(written.bytes, TEST_PASSPHRASE, { unlock })).records).toHaveLength(1);
	});
});
