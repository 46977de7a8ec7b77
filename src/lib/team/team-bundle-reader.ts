import { fromBase64, SealedBoxError } from '$lib/crypto';
import { openWithInvitation } from '$lib/crypto/invitation-box';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { projectYearsOf, yearPeriod } from '$lib/report/period';
import { projectTableOf } from '$lib/report/project-figures';
import { brokenTie, inconsistentFigure } from './bundle-consistency';
import { TeamBundleError } from './team-bundle-error';
import {
	MAX_TEAM_BUNDLE_BYTES,
	TEAM_FORMAT,
	TEAM_FORMAT_VERSION,
	teamContentSchema,
	teamEnvelopeSchema
} from './team-bundle-format';
import { parseJsonBytes } from './team-json';

/**
 * A bundle that opened and checked out: its source id, the invitation and the figures;
 * for a project period also each year's.
 */
export interface TeamBundle {
	source: string;
	invitation: TeamInvitation;
	report: ExactReport;
	years?: ExactReport[];
}

/** The envelope's format and version, read before the strict schema so each gets its own message. */
function headerOf(json: unknown): { format?: unknown; version?: unknown } {
	return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {};
}

/**
 * Opens a `.stekteam` file with one of this vault's invitations: size, envelope, the
 * invitation it names, the sealed box, the content schema, the envelope bound into the
 * content, the period and the figures' own consistency. Throws `TeamBundleError` for every
 * file it refuses and writes nothing, so the caller changes nothing on a bad file.
 */
export async function readTeamBundle(
	file: Uint8Array,
	invitations: readonly TeamInvitation[]
): Promise<TeamBundle> {
	if (file.length > MAX_TEAM_BUNDLE_BYTES) throw new TeamBundleError('too-large');
	const json = parseJsonBytes(file);
	const { format, version } = headerOf(json);
	if (format !== TEAM_FORMAT) throw new TeamBundleError('not-bundle');
	if (version === 1) throw new TeamBundleError('old-version');
	if (version !== TEAM_FORMAT_VERSION) throw new TeamBundleError('version');
	const envelope = teamEnvelopeSchema.safeParse(json);
	if (!envelope.success) throw new TeamBundleError('damaged');
	const invitation = invitations.find((i) => i.fingerprint === envelope.data.invitation);
	if (!invitation) throw new TeamBundleError('other-invitation');
	let plaintext: Uint8Array;
	try {
		const keys = {
			publicKey: fromBase64(invitation.publicKey),
			privateKey: fromBase64(invitation.privateKey)
		};
		plaintext = await openWithInvitation(keys, fromBase64(envelope.data.sealed));
	} catch (error) {
		if (error instanceof SealedBoxError) throw new TeamBundleError('tampered');
		throw error;
	}
	const content = teamContentSchema.safeParse(parseJsonBytes(plaintext));
	if (!content.success) throw new TeamBundleError('invalid-content');
	const { report, period } = content.data;
	if (content.data.invitation !== invitation.fingerprint) throw new TeamBundleError('tampered');
	const samePeriod = (a: typeof period, b: typeof period) => a.from === b.from && a.to === b.to;
	if (!samePeriod(period, invitation.period) || !samePeriod(report.period, period))
		throw new TeamBundleError('tampered');
	if (report.sources !== 1 || inconsistentFigure(report) !== null)
		throw new TeamBundleError('inconsistent');
	const years = checkedYears(content.data.years, report);
	return { source: content.data.source, invitation, report, ...(years ? { years } : {}) };
}

/**
 * A project period's years, checked: one exact report per whole year in order, each from
 * one source and consistent, and together consistent with the total by the project
 * table's ties. Any other period carries no years. Throws `TeamBundleError` otherwise.
 */
function checkedYears(
	years: ExactReport[] | undefined,
	total: ExactReport
): ExactReport[] | undefined {
	const expected = projectYearsOf(total.period);
	if (!expected && !years) return undefined;
	if (!expected || !years || years.length !== expected.length) {
		throw new TeamBundleError('inconsistent');
	}
	years.forEach((year, index) => {
		const period = yearPeriod(expected[index]!);
		const right = year.period.from === period.from && year.period.to === period.to;
		if (!right || year.language !== total.language || year.sources !== 1)
			throw new TeamBundleError('inconsistent');
		if (inconsistentFigure(year) !== null) throw new TeamBundleError('inconsistent');
	});
	if (brokenTie(projectTableOf({ years, total })) !== null)
		throw new TeamBundleError('inconsistent');
	return years;
}
