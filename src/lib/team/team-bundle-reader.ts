import {
	assertKdfParamsAcceptable,
	DecryptionError,
	deriveKey,
	fromBase64,
	KdfDowngradeError,
	memzero,
	type KdfParams
} from '$lib/crypto';
import { openWithKey } from '$lib/crypto/team-box';
import { exactReportSchema, type ExactReport } from '$lib/report/exact-report.schema';
import { TeamBundleError } from './team-bundle-error';
import {
	MAX_TEAM_BUNDLE_BYTES,
	TEAM_FORMAT,
	TEAM_FORMAT_VERSION,
	teamBundleAad,
	teamEnvelopeSchema
} from './team-bundle-format';

/** A bundle that opened: its exact report, and an id (its nonce) to spot a file loaded twice. */
export interface TeamBundle {
	id: string;
	report: ExactReport;
}

/** How a key is derived from the passphrase; tests pass a memoised one to keep fuzzing fast. */
export type DeriveKey = (passphrase: string, params: KdfParams) => Promise<Uint8Array>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 then JSON; undefined for anything else. */
function parseJson(bytes: Uint8Array): unknown {
	try {
		return JSON.parse(decoder.decode(bytes)) as unknown;
	} catch {
		return undefined;
	}
}

/** The envelope's format and version, read before the strict schema so each gets its own message. */
function headerOf(json: unknown): { format?: unknown; version?: unknown } {
	return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {};
}

/**
 * Opens a `.stekteam` file: size, envelope, KDF parameters (floor and ceiling), Argon2id,
 * authenticated decryption, then the exact-report schema. Throws `TeamBundleError` for every
 * file it refuses, and returns nothing until all of it checked out, so the caller changes
 * nothing on a bad file. Period and language are the caller's to compare.
 */
export async function readTeamBundle(
	file: Uint8Array,
	passphrase: string,
	derive: DeriveKey = deriveKey
): Promise<TeamBundle> {
	if (file.length > MAX_TEAM_BUNDLE_BYTES) throw new TeamBundleError('too-large');
	const json = parseJson(file);
	const { format, version } = headerOf(json);
	if (format !== TEAM_FORMAT) throw new TeamBundleError('not-bundle');
	if (version !== TEAM_FORMAT_VERSION) throw new TeamBundleError('version');
	const envelope = teamEnvelopeSchema.safeParse(json);
	if (!envelope.success) throw new TeamBundleError('damaged');
	const { kdf, nonce, ciphertext } = envelope.data;
	try {
		assertKdfParamsAcceptable(kdf);
	} catch (error) {
		if (error instanceof KdfDowngradeError) throw new TeamBundleError('damaged');
		throw error;
	}
	const key = await derive(passphrase, kdf);
	let plaintext: Uint8Array;
	try {
		const sealed = { nonce: fromBase64(nonce), ciphertext: fromBase64(ciphertext) };
		plaintext = await openWithKey(key, sealed, teamBundleAad(kdf));
	} catch (error) {
		if (error instanceof DecryptionError) throw new TeamBundleError('wrong-passphrase');
		throw error;
	} finally {
		memzero(key);
	}
	const report = exactReportSchema.safeParse(parseJson(plaintext));
	if (!report.success) throw new TeamBundleError('invalid-content');
	return { id: nonce, report: report.data };
}
