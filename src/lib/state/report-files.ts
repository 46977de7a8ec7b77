import type { Period } from '$lib/report/period';
import { reportToCsv } from '$lib/report/report-csv';
import type { ReportLanguage } from '$lib/report/report-input';
import { stekboekReportSchema, type StekboekReport } from '$lib/report/report.schema';
import { TEAM_EXTENSION, TEAM_MIME_TYPE } from '$lib/team/team-bundle-format';
import { INVITATION_EXTENSION } from '$lib/team/team-invitation';
import { periodFileStem } from './report-period';

/** A file ready to hand to the worker: name, MIME type and content. */
export interface ExportFile {
	name: string;
	type: string;
	content: string | Uint8Array<ArrayBuffer>;
}

/** A report that fails its own disclosure checks: a bug, so nothing is written. */
export class UnsafeReportError extends Error {
	override readonly name = 'UnsafeReportError';
	constructor(readonly problems: readonly string[]) {
		super(`report export refused: ${problems.length} disclosure problems`);
	}
}

/** The period part of an export's name: `2022`, `2021-2023` or `2022-tussentijds`. */
function exportStem(period: StekboekReport['period']): string {
	const first = period.from.slice(0, 4);
	if (period.kind === 'project') return `${first}-${period.to.slice(0, 4)}`;
	return period.kind === 'interim' ? `${first}-tussentijds` : first;
}

/** The report, checked against the `stekboek-report` v2 schema and every disclosure rule. */
function checked(report: StekboekReport): StekboekReport {
	const result = stekboekReportSchema.safeParse(report);
	if (!result.success) throw new UnsafeReportError(result.error.issues.map((i) => i.message));
	return result.data;
}

/** `stekboek-rapport-2022.json` (formats.md §1), refused unless the report is safe to leave. */
export function reportJsonFile(report: StekboekReport): ExportFile {
	const safe = checked(report);
	return {
		name: `stekboek-rapport-${exportStem(safe.period)}.json`,
		type: 'application/json',
		content: `${JSON.stringify(safe, null, 2)}\n`
	};
}

/** `stekboek-rapport-2022.csv` (formats.md §2: `;`, UTF-8 with BOM, CRLF), checked the same way. */
export function reportCsvFile(report: StekboekReport, language: ReportLanguage): ExportFile {
	const safe = checked(report);
	return {
		name: `stekboek-rapport-${exportStem(safe.period)}.csv`,
		type: 'text/csv;charset=utf-8',
		content: reportToCsv(safe, language)
	};
}

/**
 * `stekboek-rapport-2022.docx`: the end report as Word, written by `write` (loaded only when
 * the worker exports) from the same report, checked the same way as the JSON.
 */
export async function reportWordFile(
	report: StekboekReport,
	write: (safe: StekboekReport) => Promise<Uint8Array>
): Promise<ExportFile> {
	const safe = checked(report);
	const bytes = await write(safe);
	return {
		name: `stekboek-rapport-${exportStem(safe.period)}.docx`,
		type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		content: new Uint8Array(bytes)
	};
}

/** `stekboek-team-2022.stekteam`: the encrypted exact figures of this device (formats.md §5). */
export function teamBundleFile(period: Period, bytes: Uint8Array<ArrayBuffer>): ExportFile {
	return {
		name: `stekboek-team-${periodFileStem(period)}${TEAM_EXTENSION}`,
		type: TEAM_MIME_TYPE,
		content: bytes
	};
}

/** `stekboek-uitnodiging-2022.stekteamkey`: a team invitation's public half (formats.md §5). */
export function teamInvitationFile(period: Period, bytes: Uint8Array<ArrayBuffer>): ExportFile {
	return {
		name: `stekboek-uitnodiging-${periodFileStem(period)}${INVITATION_EXTENSION}`,
		type: TEAM_MIME_TYPE,
		content: bytes
	};
}
