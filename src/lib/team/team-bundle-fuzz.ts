import fc from 'fast-check';
import { deriveKey, utf8, type KdfParams } from '$lib/crypto';
import { TeamBundleError } from './team-bundle-error';
import { TEAM_FORMAT } from './team-bundle-format';
import { readTeamBundle, type DeriveKey } from './team-bundle-reader';
import {
	floorKdf,
	memoisedDerive,
	sampleExactReport,
	TEST_TEAM_PASSPHRASE
} from './team-bundle-test-kit';
import { sealTeamPayload } from './team-bundle-writer';

/** Cases per property in `npm test`; the benchmark passes 10,000. */
export const TEAM_BUNDLE_FUZZ_RUNS = 300;

type Edit =
	| { op: 'flip'; at: number; bit: number }
	| { op: 'insert'; at: number; bytes: Uint8Array }
	| { op: 'delete'; at: number; length: number }
	| { op: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ op: fc.constant('flip'), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
	fc.record({
		op: fc.constant('insert'),
		at: fc.nat(),
		bytes: fc.uint8Array({ minLength: 1, maxLength: 8 })
	}),
	fc.record({ op: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
	fc.record({ op: fc.constant('truncate'), at: fc.nat() })
);

function applyEdit(file: Uint8Array, change: Edit): Uint8Array {
	const at = change.at % (file.length + 1);
	switch (change.op) {
		case 'flip': {
			const out = file.slice();
			if (at < out.length) out[at]! ^= 1 << change.bit;
			return out;
		}
		case 'insert':
			return new Uint8Array([...file.subarray(0, at), ...change.bytes, ...file.subarray(at)]);
		case 'delete':
			return new Uint8Array([...file.subarray(0, at), ...file.subarray(at + change.length)]);
		case 'truncate':
			return file.slice(0, at);
	}
}

/** Envelope-shaped JSON with each field drawn from good, near-good and wrong values. */
function envelopeArbitrary(good: Record<string, unknown>): fc.Arbitrary<Uint8Array> {
	const field = (value: unknown) => fc.oneof(fc.constant(value), fc.jsonValue());
	return fc
		.record({
			format: fc.oneof(fc.constant(TEAM_FORMAT), fc.string()),
			version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
			kdf: field(good.kdf),
			nonce: field(good.nonce),
			ciphertext: field(good.ciphertext)
		})
		.map((value) => utf8(JSON.stringify(value)));
}

/** A valid envelope around a payload that is not a valid report: random or edited JSON. */
function payloadArbitrary(reportJson: string): fc.Arbitrary<Uint8Array> {
	const editedReport = fc
		.tuple(fc.nat(), fc.integer({ min: 1, max: 20 }), fc.string({ maxLength: 12 }))
		.map(([at, length, text]) => {
			const i = at % reportJson.length;
			return reportJson.slice(0, i) + text + reportJson.slice(i + length);
		});
	return fc
		.oneof(
			fc.jsonValue().map((value) => JSON.stringify(value)),
			editedReport
		)
		.map(utf8);
}

/** Throws unless the reader returned a report or refused the file with a TeamBundleError. */
async function readsOrRefuses(file: Uint8Array, derive: DeriveKey): Promise<void> {
	try {
		await readTeamBundle(file, TEST_TEAM_PASSPHRASE, derive);
	} catch (error) {
		if (!(error instanceof TeamBundleError)) throw error;
	}
}

/**
 * Feeds the team-bundle reader random bytes, random envelopes, edited real bundles and
 * authentic envelopes around invalid payloads, `runs` cases each. Resolves when every case
 * was either read or refused with a TeamBundleError; rejects on anything thrown otherwise.
 * Argon2id runs at the floor cost and is memoised, so cases cost microseconds, not 100 ms.
 */
export async function fuzzTeamBundleReader(runs = TEAM_BUNDLE_FUZZ_RUNS): Promise<void> {
	const derive = memoisedDerive();
	const kdf: KdfParams = floorKdf;
	const key = await deriveKey(TEST_TEAM_PASSPHRASE, kdf);
	const reportJson = JSON.stringify(sampleExactReport());
	const bundle = await sealTeamPayload(utf8(reportJson), key, kdf);
	const good = JSON.parse(new TextDecoder().decode(bundle)) as Record<string, unknown>;
	const check = (file: Uint8Array) => readsOrRefuses(file, derive);
	const edited = fc
		.array(edit, { minLength: 1, maxLength: 4 })
		.map((edits) => edits.reduce(applyEdit, bundle));
	const options = { numRuns: runs };
	await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2_048 }), check), options);
	await fc.assert(fc.asyncProperty(envelopeArbitrary(good), check), options);
	await fc.assert(fc.asyncProperty(edited, check), options);
	await fc.assert(
		fc.asyncProperty(payloadArbitrary(reportJson), async (payload) =>
			check(await sealTeamPayload(payload, key, kdf))
		),
		options
	);
}
