/**
 * Why a team invitation or bundle could not be read or counted. Each maps to a Dutch
 * message that names the file; none carries personal data (a bundle holds none).
 * - `too-large`: above the size limit, refused unread
 * - `not-bundle`: not a Stekboek team bundle (other file, not JSON, other format)
 * - `old-version`: a version 1 bundle (team passphrase). Refused, not read: anyone with the
 *   passphrase could forge one, and it carries no source id, so the same-source and
 *   several-sources rules cannot be kept; the colleague makes a v2 bundle from the invitation
 * - `version`: a team bundle of a version this app does not know
 * - `damaged`: the envelope is malformed
 * - `other-invitation`: sealed to an invitation this vault did not make (or deleted)
 * - `tampered`: it did not open, or its clear envelope differs from what was sealed
 * - `invalid-content`: it opened, but the figures inside are not a valid exact report
 * - `inconsistent`: the figures contradict each other (a breakdown that does not add up, …)
 * - `not-invitation`: a file chosen as invitation is not a valid Stekboek team invitation
 */
export type TeamBundleProblem =
	| 'too-large'
	| 'not-bundle'
	| 'old-version'
	| 'version'
	| 'damaged'
	| 'other-invitation'
	| 'tampered'
	| 'invalid-content'
	| 'inconsistent'
	| 'not-invitation';

/** A team file refused on purpose; anything else thrown while reading is a bug. */
export class TeamBundleError extends Error {
	override readonly name = 'TeamBundleError';
	constructor(readonly problem: TeamBundleProblem) {
		super(`team file refused: ${problem}`);
	}
}
