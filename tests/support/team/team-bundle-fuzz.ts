import fc from 'fast-check';
import { utf8 } from '$lib/crypto';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import { TeamBundleError } from '$lib/team/team-bundle-error';
import { TEAM_FORMAT } from '$lib/team/team-bundle-format';
import { readTeamBundle } from '$lib/team/team-bundle-reader';
import { sampleExactReport, testInvitation } from './team-bundle-test-kit';
import { sealTeamContent, writeTeamBundle } from '$lib/team/team-bundle-writer';

/** Cases per property in `npm test`; the benchmark passes 10,000. */
export const TEAM_BUNDLE_FUZZ_RUNS = 300;

type Edit =
	| { op: 'flip'; at: number; bit: number }
	| { op: 'insert'; at: number; bytes: Uint8Array }
	| { op: 'delete'; at: number; length: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ op: fc.constant('flip'), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
	fc.record({
		op: fc.constant('insert'),
		at: fc.nat(),
		bytes: fc.uint8Array({ minLength: 1, maxLength: 8 })
	}),
	fc.record({ op: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) })
);

function applyEdit(file: Uint8Array, change: Edit): Uint8Array {
	const at = change.at % (file.length + 1);
	if (change.op === 'flip') {
		const out = file.slice();
		if (at < out.length) out[at]! ^= 1 << change.bit;
		return out;
	}
	if (change.op === 'insert')
		return new Uint8Array([...file.subarray(0, at), ...change.bytes, ...file.subarray(at)]);
	return new Uint8Array([...file.subarray(0, at), ...file.subarray(at + change.length)]);
}

/** Envelope-shaped JSON with each field drawn from good and wrong values. */
function envelopeArbitrary(good: Record<string, unknown>): fc.Arbitrary<Uint8Array> {
	const field = (value: unknown) => fc.oneof(fc.constant(value), fc.jsonValue());
	return fc
		.record({
			format: fc.oneof(fc.constant(TEAM_FORMAT), fc.string()),
			version: fc.oneof(fc.constant(2), fc.constant(1), fc.integer(), fc.string()),
			invitation: field(good.invitation),
			sealed: field(good.sealed)
		})
		.map((value) => utf8(JSON.stringify(value)));
}

/** Sealed content that is edited JSON of a real bundle's content, or random JSON. */
function contentArbitrary(contentJson: string): fc.Arbitrary<unknown> {
	const edited = fc
		.tuple(fc.nat(), fc.integer({ min: 1, max: 20 }), fc.string({ maxLength: 12 }))
		.map(([at, length, text]) => {
			const i = at % contentJson.length;
			const json = contentJson.slice(0, i) + text + contentJson.slice(i + length);
			try {
				return JSON.parse(json) as unknown;
			} catch {
				return json;
			}
		});
	return fc.oneof(fc.jsonValue(), edited);
}

/**
 * Feeds the bundle reader random bytes, random envelopes, edited real bundles and authentic
 * sealed boxes around random or edited content, `runs` cases each. Resolves when every case
 * was read or refused with a TeamBundleError; rejects on anything else thrown. The reader
 * gets a frozen list of invitations, so it cannot write to it.
 */
export async function fuzzTeamBundleReader(runs = TEAM_BUNDLE_FUZZ_RUNS): Promise<void> {
	const { record, loaded } = await testInvitation();
	const invitations: readonly TeamInvitation[] = Object.freeze([Object.freeze({ ...record })]);
	const report = sampleExactReport();
	const bundle = await writeTeamBundle(() => report, loaded);
	const good = JSON.parse(new TextDecoder().decode(bundle)) as Record<string, unknown>;
	const contentJson = JSON.stringify({
		format: 'stekboek-team-content',
		version: 2,
		invitation: loaded.fingerprint,
		period: loaded.period,
		source: 'AAAAAAAAAAAAAAAAAAAAAA',
		report
	});
	const check = async (file: Uint8Array) => {
		try {
			await readTeamBundle(file, invitations);
		} catch (error) {
			if (!(error instanceof TeamBundleError)) throw error;
		}
	};
	const edited = fc
		.array(edit, { minLength: 1, maxLength: 4 })
		.map((edits) => edits.reduce(applyEdit, bundle));
	const options = { numRuns: runs };
	await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2_048 }), check), options);
	await fc.assert(fc.asyncProperty(envelopeArbitrary(good), check), options);
	await fc.assert(fc.asyncProperty(edited, check), options);
	await fc.assert(
		fc.asyncProperty(contentArbitrary(contentJson), async (content) =>
			check(await sealTeamContent(loaded, content))
		),
		options
	);
}
