/**
 * Why a team bundle could not be written or read. Each maps to a Dutch message that names
 * the file; none carries personal data (a bundle holds none).
 * - `too-large`: above the size limit, refused unread
 * - `not-bundle`: not a Stekboek team bundle (other file, not JSON, other format)
 * - `version`: a team bundle of a version this app does not know
 * - `damaged`: the envelope is malformed or its KDF parameters are refused
 * - `wrong-passphrase`: the ciphertext did not authenticate: wrong passphrase, or changed bytes
 * - `invalid-content`: it opened, but the figures inside are not a valid exact report
 * - `passphrase-too-short`: writing with a team passphrase under the minimum length
 */
export type TeamBundleProblem =
	| 'too-large'
	| 'not-bundle'
	| 'version'
	| 'damaged'
	| 'wrong-passphrase'
	| 'invalid-content'
	| 'passphrase-too-short';

/** A team bundle refused on purpose; anything else thrown while reading is a bug. */
export class TeamBundleError extends Error {
	override readonly name = 'TeamBundleError';
	constructor(readonly problem: TeamBundleProblem) {
		super(`team bundle refused: ${problem}`);
	}
}
