import { beforeAll, describe, expect, it } from 'vitest';
import { deriveKey, KDF_FLOOR, utf8 } from '$lib/crypto';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { TeamBundleError, type TeamBundleProblem } from './team-bundle-error';
import { MAX_TEAM_BUNDLE_BYTES } from './team-bundle-format';
import { readTeamBundle } from './team-bundle-reader';
import {
	floorKdf,
	memoisedDerive,
	sampleExactReport,
	TEST_TEAM_PASSPHRASE
} from './team-bundle-test-kit';
import { sealTeamPayload, writeTeamBundle } from './team-bundle-writer';

const derive = memoisedDerive();
let report: ExactReport;
let bundle: Uint8Array;

beforeAll(async () => {
	report = sampleExactReport();
	bundle = await writeTeamBundle(report, TEST_TEAM_PASSPHRASE, KDF_FLOOR);
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const envelope = () => JSON.parse(text(bundle)) as Record<string, unknown>;
const withEnvelope = (changes: Record<string, unknown>) =>
	utf8(JSON.stringify({ ...envelope(), ...changes }));

async function refusal(file: Uint8Array, passphrase = TEST_TEAM_PASSPHRASE) {
	try {
		await readTeamBundle(file, passphrase, derive);
	} catch (error) {
		if (error instanceof TeamBundleError) return error.problem;
		throw error;
	}
	throw new Error('the bundle was accepted');
}

describe('team bundle', () => {
	it('round-trips the exact report and holds no clear figures or labels', async () => {
		const opened = await readTeamBundle(bundle, TEST_TEAM_PASSPHRASE);
		expect(opened.report).toEqual(report);
		expect(opened.id).toBe(envelope().nonce);
		expect(text(bundle)).not.toContain('Soep met Babbels');
		expect(Object.keys(envelope()).sort()).toEqual([
			'ciphertext',
			'format',
			'kdf',
			'nonce',
			'version'
		]);
	});

	it('writes a fresh salt and nonce each time', async () => {
		const again = await writeTeamBundle(report, TEST_TEAM_PASSPHRASE, KDF_FLOOR);
		const other = JSON.parse(text(again)) as { kdf: { salt: string }; nonce: string };
		expect(other.kdf.salt).not.toBe((envelope().kdf as { salt: string }).salt);
		expect(other.nonce).not.toBe(envelope().nonce);
	});

	it('refuses a wrong passphrase', async () => {
		expect(await refusal(bundle, 'niet ons wachtwoord')).toBe('wrong-passphrase');
	});

	it('refuses a tampered ciphertext, nonce or KDF parameter', async () => {
		const { ciphertext, nonce, kdf } = envelope() as {
			ciphertext: string;
			nonce: string;
			kdf: { opsLimit: number };
		};
		const flip = (b64: string, at: number) =>
			b64.slice(0, at) + (b64[at] === 'A' ? 'B' : 'A') + b64.slice(at + 1);
		const cases: [Record<string, unknown>, TeamBundleProblem][] = [
			[{ ciphertext: flip(ciphertext, 40) }, 'wrong-passphrase'],
			[{ nonce: flip(nonce, 3) }, 'wrong-passphrase'],
			[{ kdf: { ...kdf, opsLimit: kdf.opsLimit + 1 } }, 'wrong-passphrase'],
			[{ kdf: { ...kdf, opsLimit: 1 } }, 'damaged']
		];
		for (const [changes, problem] of cases)
			expect(await refusal(withEnvelope(changes))).toBe(problem);
	});

	it('refuses another version and another format with their own problem', async () => {
		expect(await refusal(withEnvelope({ version: 2 }))).toBe('version');
		expect(await refusal(withEnvelope({ version: '1' }))).toBe('version');
		expect(await refusal(withEnvelope({ format: 'stekboek-report' }))).toBe('not-bundle');
		expect(await refusal(utf8(JSON.stringify(sampleExactReport())))).toBe('not-bundle');
		expect(await refusal(utf8('STEKBOEK\u0000\u0001 a backup'))).toBe('not-bundle');
		expect(await refusal(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))).toBe('not-bundle');
	});

	it('refuses a malformed envelope and an oversized file before deriving a key', async () => {
		const never = () => Promise.reject(new Error('no key may be derived'));
		const cases: [Uint8Array, TeamBundleProblem][] = [
			[withEnvelope({ nonce: 'short' }), 'damaged'],
			[withEnvelope({ extra: true }), 'damaged'],
			[withEnvelope({ kdf: null }), 'damaged'],
			[new Uint8Array(MAX_TEAM_BUNDLE_BYTES + 1), 'too-large']
		];
		for (const [file, problem] of cases)
			await expect(readTeamBundle(file, TEST_TEAM_PASSPHRASE, never)).rejects.toMatchObject({
				problem
			});
	});

	it('refuses a payload that decrypts but is not a valid exact report', async () => {
		const key = await deriveKey(TEST_TEAM_PASSPHRASE, floorKdf);
		const payloads = [
			'not json',
			'[]',
			JSON.stringify({ ...report, version: 2 }),
			JSON.stringify({ ...report, reach: { ...report.reach, uniqueContacts: -1 } }),
			JSON.stringify({ ...report, alias: 'Fatima B.' })
		];
		for (const payload of payloads) {
			const file = await sealTeamPayload(utf8(payload), key, floorKdf);
			expect(await refusal(file)).toBe('invalid-content');
		}
		const valid = await sealTeamPayload(utf8(JSON.stringify(report)), key, floorKdf);
		expect((await readTeamBundle(valid, TEST_TEAM_PASSPHRASE, derive)).report).toEqual(report);
	});

	it('refuses to write under a short passphrase or a report that is not valid', async () => {
		await expect(writeTeamBundle(report, 'te kort', KDF_FLOOR)).rejects.toMatchObject({
			problem: 'passphrase-too-short'
		});
		const bad = { ...report, sources: 0 } as ExactReport;
		await expect(writeTeamBundle(bad, TEST_TEAM_PASSPHRASE, KDF_FLOOR)).rejects.toThrow();
	});
});
