import {
	DEFAULT_KDF_COST,
	deriveKey,
	memzero,
	newKdfParams,
	toBase64,
	utf8,
	type KdfCost,
	type KdfParams
} from '$lib/crypto';
import { sealWithKey } from '$lib/crypto/team-box';
import { exactReportSchema, type ExactReport } from '$lib/report/exact-report.schema';
import { TeamBundleError } from './team-bundle-error';
import {
	MIN_TEAM_PASSPHRASE_LENGTH,
	TEAM_FORMAT,
	TEAM_FORMAT_VERSION,
	teamBundleAad,
	type TeamEnvelope
} from './team-bundle-format';

/**
 * Seals any plaintext into a team-bundle envelope under a key already derived from `kdf`.
 * `writeTeamBundle` is the way in for the app; tests use this to seal payloads that are
 * not valid reports and check that the reader refuses them after decrypting.
 */
export async function sealTeamPayload(
	plaintext: Uint8Array,
	key: Uint8Array,
	kdf: KdfParams
): Promise<Uint8Array> {
	const { nonce, ciphertext } = await sealWithKey(key, plaintext, teamBundleAad(kdf));
	const envelope: TeamEnvelope = {
		format: TEAM_FORMAT,
		version: TEAM_FORMAT_VERSION,
		kdf,
		nonce: toBase64(nonce),
		ciphertext: toBase64(ciphertext)
	};
	return utf8(JSON.stringify(envelope));
}

/**
 * The device's exact report as a `.stekteam` file, encrypted under the team passphrase
 * with a fresh salt and nonce. The report is validated first so that a bundle never
 * carries anything but counts and labels. `cost` defaults to the vault's Argon2id cost;
 * tests may pass `KDF_FLOOR`, never less (newKdfParams refuses it).
 */
export async function writeTeamBundle(
	report: ExactReport,
	passphrase: string,
	cost: KdfCost = DEFAULT_KDF_COST
): Promise<Uint8Array> {
	if (passphrase.length < MIN_TEAM_PASSPHRASE_LENGTH)
		throw new TeamBundleError('passphrase-too-short');
	const checked = exactReportSchema.parse(report);
	const kdf = newKdfParams(cost);
	const key = await deriveKey(passphrase, kdf);
	try {
		return await sealTeamPayload(utf8(JSON.stringify(checked)), key, kdf);
	} finally {
		memzero(key);
	}
}
