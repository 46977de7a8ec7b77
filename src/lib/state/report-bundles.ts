import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import type { ExactReport } from '$lib/report/exact-report.schema';
import type { Period } from '$lib/report/period';
import type { ReportLanguage } from '$lib/report/report-input';
import { sameFigures } from '$lib/team/bundle-consistency';
import { TeamBundleError, type TeamBundleProblem } from '$lib/team/team-bundle-error';
import { MAX_TEAM_BUNDLE_BYTES } from '$lib/team/team-bundle-format';
import { readTeamBundle } from '$lib/team/team-bundle-reader';

/**
 * A team bundle loaded on the report page: its file name, source id and exact figures;
 * for a project period also each year's.
 */
export interface LoadedBundle {
	id: string;
	fileName: string;
	report: ExactReport;
	years?: ExactReport[];
}

/** Why a chosen file was not loaded: the reader's problems plus the page's own checks. */
export type BundleProblem =
	TeamBundleProblem | 'period' | 'language' | 'duplicate' | 'own-figures' | 'unexpected';

/** One refused file and why; `period` is the bundle's when it covers another one. */
export interface BundleIssue {
	fileName: string;
	problem: BundleProblem;
	period?: Period;
}

/** The part of a `File` the loader uses, so tests can pass plain objects. */
export type BundleFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** What a loaded bundle is checked against: the page's period, its own figures, the loaded ones. */
export interface BundleContext {
	invitations: readonly TeamInvitation[];
	period: Period;
	language: ReportLanguage;
	own: ExactReport | null;
	loaded: readonly LoadedBundle[];
}

/** Whether a bundle's figures can be summed with this report's: same period and label language. */
export function bundleFits(report: ExactReport, period: Period, language: ReportLanguage): boolean {
	return (
		report.period.from === period.from &&
		report.period.to === period.to &&
		report.language === language
	);
}

/** Opens one file: size first (a huge file is never read into memory), then the reader. */
async function openFile(
	file: BundleFile,
	invitations: readonly TeamInvitation[]
): Promise<LoadedBundle | BundleIssue> {
	const fileName = file.name;
	if (file.size > MAX_TEAM_BUNDLE_BYTES) return { fileName, problem: 'too-large' };
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		const { source, report, years } = await readTeamBundle(bytes, invitations);
		return { id: source, fileName, report, ...(years ? { years } : {}) };
	} catch (error) {
		return { fileName, problem: error instanceof TeamBundleError ? error.problem : 'unexpected' };
	}
}

/** The page's own check of an opened bundle, or null when it may be counted. */
function issueOf(
	opened: LoadedBundle,
	context: BundleContext,
	seen: Set<string>
): BundleIssue | null {
	const fileName = opened.fileName;
	if (seen.has(opened.id)) return { fileName, problem: 'duplicate' };
	if (opened.report.language !== context.language) return { fileName, problem: 'language' };
	if (!bundleFits(opened.report, context.period, context.language))
		return { fileName, problem: 'period', period: opened.report.period };
	if (context.own && sameFigures(opened.report, context.own))
		return { fileName, problem: 'own-figures' };
	return null;
}

/**
 * Opens the chosen bundle files with this vault's invitations and checks each before it
 * counts: the reader's checks, then same period and language as the page, not this vault's
 * own figures, not a source loaded before (also not twice in one choice). Returns the
 * bundles to add only when every file passed; otherwise the issues, one per refused file,
 * and nothing to add, so a bad choice changes nothing.
 */
export async function openBundles(
	files: readonly BundleFile[],
	context: BundleContext
): Promise<{ add: LoadedBundle[]; issues: BundleIssue[] }> {
	const seen = new Set(context.loaded.map((bundle) => bundle.id));
	const add: LoadedBundle[] = [];
	const issues: BundleIssue[] = [];
	for (const file of files) {
		const opened = await openFile(file, context.invitations);
		const issue = 'problem' in opened ? opened : issueOf(opened, context, seen);
		if (issue) issues.push(issue);
		else if (!('problem' in opened)) {
			seen.add(opened.id);
			add.push(opened);
		}
	}
	return issues.length > 0 ? { add: [], issues } : { add, issues };
}
