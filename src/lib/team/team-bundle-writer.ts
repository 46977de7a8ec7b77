import { fromBase64, randomBytes, toBase64, utf8 } from '$lib/crypto';
import { sealToInvitation } from '$lib/crypto/invitation-box';
import { exactReportSchema, type ExactReport } from '$lib/report/exact-report.schema';
import { projectYearsOf, yearPeriod, type Period } from '$lib/report/period';
import {
	TEAM_CONTENT_FORMAT,
	TEAM_FORMAT,
	TEAM_FORMAT_VERSION,
	type TeamContent,
	type TeamEnvelope
} from './team-bundle-format';
import type { LoadedInvitation } from './team-invitation';

/**
 * Seals any content into a bundle envelope for an invitation. `writeTeamBundle` is the way
 * in for the app; tests use this to seal crafted figures and check the reader refuses them.
 */
export async function sealTeamContent(
	invitation: Pick<LoadedInvitation, 'publicKey' | 'fingerprint'>,
	content: unknown
): Promise<Uint8Array> {
	const sealed = await sealToInvitation(
		fromBase64(invitation.publicKey),
		utf8(JSON.stringify(content))
	);
	const envelope: TeamEnvelope = {
		format: TEAM_FORMAT,
		version: TEAM_FORMAT_VERSION,
		invitation: invitation.fingerprint,
		sealed: toBase64(sealed)
	};
	return utf8(JSON.stringify(envelope));
}

/**
 * A colleague's exact figures for the invitation's period as a `.stekteam` file that only
 * the invitation's maker can open. `figuresFor` gives this vault's exact report of a
 * period: the invitation's, and for a project period each of its years too. Every report
 * is validated first, so a bundle never carries anything but counts and labels; each
 * bundle gets a fresh random source id.
 */
export async function writeTeamBundle(
	figuresFor: (period: Period) => ExactReport,
	invitation: LoadedInvitation
): Promise<Uint8Array> {
	const years = projectYearsOf(invitation.period);
	const content: TeamContent = {
		format: TEAM_CONTENT_FORMAT,
		version: TEAM_FORMAT_VERSION,
		invitation: invitation.fingerprint,
		period: invitation.period,
		source: toBase64(randomBytes(16)),
		report: exactReportSchema.parse(figuresFor(invitation.period)),
		...(years
			? { years: years.map((year) => exactReportSchema.parse(figuresFor(yearPeriod(year)))) }
			: {})
	};
	return sealTeamContent(invitation, content);
}
