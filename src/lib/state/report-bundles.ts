import type { ExactReport } from '$lib/report/exact-report.schema';
import type { Period } from '$lib/report/period';
import type { ReportLanguage } from '$lib/report/report-input';
import { TeamBundleError, type TeamBundleProblem } from '$lib/team/team-bundle-error';
import { MAX_TEAM_BUNDLE_BYTES } from '$lib/team/team-bundle-format';
import { readTeamBundle, type DeriveKey } from '$lib/team/team-bundle-reader';

/** A team bundle loaded on the report page: its file name and exact figures. */
export interface LoadedBundle {
	id: string;
	fileName: string;
	report: ExactReport;
}

/** Why a chosen file was not loaded: the reader's problems plus the page's own checks. */
export type BundleProblem = TeamBundleProblem | 'period' | 'language' | 'duplicate' | 'unexpected';

/** One refused file and why; `period` is the bundle's when it covers another one. */
export interface BundleIssue {
	fileName: string;
	problem: BundleProblem;
	period?: Period;
}

/** The part of a `File` the loader uses, so tests can pass plain objects. */
export type BundleFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

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
	passphrase: string,
	derive?: DeriveKey
): Promise<LoadedBundle | BundleIssue> {
	const fileName = file.name;
	if (file.size > MAX_TEAM_BUNDLE_BYTES) return { fileName, problem: 'too-large' };
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		const { id, report } = await readTeamBundle(bytes, passphrase, derive);
		return { id, fileName, report };
	} catch (error) {
		return { fileName, problem: error instanceof TeamBundleError ? error.problem : 'unexpected' };
	}
}

/**
 * Opens the chosen bundle files and checks each against the report on screen: same period,
 * same language, not loaded before (also not twice in one choice). Returns the bundles to
 * add only when every file passed; otherwise the issues, one per refused file, and nothing
 * to add, so a bad choice changes nothing.
 */
export async function openBundles(
	files: readonly BundleFile[],
	passphrase: string,
	context: { period: Period; language: ReportLanguage; loaded: readonly LoadedBundle[] },
	derive?: DeriveKey
): Promise<{ add: LoadedBundle[]; issues: BundleIssue[] }> {
	const seen = new Set(context.loaded.map((bundle) => bundle.id));
	const add: LoadedBundle[] = [];
	const issues: BundleIssue[] = [];
	for (const file of files) {
		const opened = await openFile(file, passphrase, derive);
		if ('problem' in opened) issues.push(opened);
		else if (seen.has(opened.id)) issues.push({ fileName: file.name, problem: 'duplicate' });
		else if (opened.report.language !== context.language)
			issues.push({ fileName: file.name, problem: 'language' });
		else if (!bundleFits(opened.report, context.period, context.language))
			issues.push({ fileName: file.name, problem: 'period', period: opened.report.period });
		else {
			seen.add(opened.id);
			add.push(opened);
		}
	}
	return issues.length > 0 ? { add: [], issues } : { add, issues };
}
