import { todayIso } from '$lib/domain/common.schema';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import { locale } from '$lib/i18n/locale.svelte';
import {
	applyDisclosureControl,
	applyProjectDisclosureControl
} from '$lib/report/disclosure-control';
import type { ReportDocument } from '$lib/report/document/report-document';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { mergeExactReports } from '$lib/report/merge-reports';
import { periodSchema, projectYearsOf, yearPeriod, type Period } from '$lib/report/period';
import { mergeProjectFigures } from '$lib/report/project-figures';
import type { ReportInput } from '$lib/report/report-input';
import type { ReportFigures, StekboekReport } from '$lib/report/report.schema';
import { aggregateReport } from '$lib/report/year-report';
import { exportKindOf, exportOf, type ExportKind, type ProjectExport } from './report-export-kind';
import { bundleFits, openBundles, type BundleFile, type LoadedBundle } from './report-bundles';
import { endReportDocument } from './end-report-document';
import { defaultReportYear, reportLanguageOf, yearsWithData } from './report-period';
import type { VaultData } from './vault-data.svelte';

/** The device's current calendar year. */
const thisYear = () => Number(todayIso().slice(0, 4));

/** The `Jaar` option that switches to a period of the worker's own choosing. */
export const CUSTOM_PERIOD = 'custom';

/** The `Jaar` option that switches to a project period of several whole years. */
export const PROJECT_PERIOD = 'project';

/**
 * The report page: which period, the device's exact report for it, the team bundles
 * loaded beside it, the merged exact figures and their suppressed export. Everything is
 * derived from the vault's memory, so a new registration shows up at once; bundles live
 * only in this page's memory and are gone when the worker leaves it.
 */
export class ReportPageState {
	readonly #data: VaultData;
	/** A year (`"2022"`) or `CUSTOM_PERIOD`. */
	choice = $state('');
	customFrom = $state('');
	customTo = $state('');
	projectFrom = $state('');
	projectTo = $state('');
	/** The year it is now; this year exports only as an interim. */
	currentYear = $state(thisYear());
	bundles = $state.raw<LoadedBundle[]>([]);

	constructor(data: VaultData, currentYear: number = thisYear()) {
		this.#data = data;
		this.currentYear = currentYear;
		this.choice = String(defaultReportYear(this.years, currentYear));
	}

	/** The decrypted records the report is computed from. */
	records: Omit<ReportInput, 'period' | 'language'> = $derived.by(() => ({
		persons: this.#data.list('person'),
		contacts: this.#data.list('contact'),
		sessions: this.#data.list('session'),
		outreach: this.#data.list('outreach'),
		signals: this.#data.list('signal'),
		focusSessions: this.#data.list('focusSession'),
		focusInputs: this.#data.list('focusInput'),
		taxonomy: this.#data.taxonomy
	}));

	years: number[] = $derived(yearsWithData(this.records));

	period: Period | null = $derived.by(() => {
		if (this.choice === PROJECT_PERIOD) {
			const from = Number(this.projectFrom);
			const to = Number(this.projectTo);
			return from < to ? { from: yearPeriod(from).from, to: yearPeriod(to).to } : null;
		}
		if (this.choice !== CUSTOM_PERIOD) return yearPeriod(Number(this.choice));
		const parsed = periodSchema.safeParse({ from: this.customFrom, to: this.customTo });
		return parsed.success ? parsed.data : null;
	});

	language = $derived(reportLanguageOf(locale.current));

	threshold = $derived.by(() => this.#data.settings.reportThreshold);

	own: ExactReport | null = $derived.by(() => {
		const period = this.period;
		return period ? aggregateReport({ ...this.records, period, language: this.language }) : null;
	});

	/** The loaded bundles that cover this period in this language: the others wait aside. */
	counted: LoadedBundle[] = $derived.by(() => {
		const period = this.period;
		return period ? this.bundles.filter((b) => bundleFits(b.report, period, this.language)) : [];
	});

	/** This device's figures plus every counted bundle, still exact. */
	merged: ExactReport | null = $derived.by(() => {
		if (!this.own) return null;
		const result = mergeExactReports([this.own, ...this.counted.map((b) => b.report)]);
		return result.ok ? result.report : this.own;
	});

	/** Whether the period may leave the device, and as what (SPEC "Periods"). */
	exportKind: ExportKind | null = $derived(
		this.period ? exportKindOf(this.period, this.currentYear) : null
	);

	/** The own figures and each counted bundle: the sources of the merged figures. */
	#parts = $derived(this.own ? [this.own, ...this.counted.map((b) => b.report)] : []);

	/**
	 * A project period's figures (several whole years): this device's per year and in
	 * total, and each counted bundle's, which carries its years for exactly this reason.
	 * Null for any other period.
	 */
	project: ProjectExport | null = $derived.by(() => {
		const years = this.period ? projectYearsOf(this.period) : null;
		if (!years || !this.own) return null;
		const own = { years: years.map((year) => this.ownFor(yearPeriod(year))), total: this.own };
		// A bundle without its years is refused on loading; were one counted, the merge
		// fails and nothing is exported rather than a total its columns leave out.
		const parts = [own, ...this.counted.map((b) => ({ years: b.years ?? [], total: b.report }))];
		const merged = mergeProjectFigures(parts);
		return merged ? { merged, parts } : null;
	});

	/**
	 * What leaves the device: the merged figures after disclosure control v2 with the
	 * several-sources rule; null when the period stays on screen (see `exportKind`).
	 */
	exported: StekboekReport | null = $derived.by(() => {
		const kind = this.exportKind;
		if (!this.merged || !kind) return null;
		return exportOf(kind, this.merged, this.#parts, this.threshold, this.project);
	});

	/** The figures the screen marks: the export's, or for a period that stays on screen what a year export would hide. */
	preview: ReportFigures | null = $derived.by(() => {
		if (this.exported) return this.exported;
		if (!this.merged) return null;
		return applyDisclosureControl(this.merged, this.threshold, { parts: this.#parts });
	});

	/**
	 * The protected report the end-report document is built from: the export, or for a
	 * project period still running the same table as it would be exported (screen only).
	 */
	documentReport: StekboekReport | null = $derived.by(() => {
		if (this.exported) return this.exported;
		if (this.choice !== PROJECT_PERIOD || !this.project) return null;
		const { merged, parts } = this.project;
		return applyProjectDisclosureControl(merged, this.threshold, parts);
	});

	/** The end report as chapters of protected blocks: screen (project), print and Word. */
	document: ReportDocument | null = $derived.by(() => {
		if (!this.documentReport) return null;
		return endReportDocument(this.documentReport, {
			data: this.#data,
			signals: this.records.signals,
			taxonomy: this.records.taxonomy,
			language: this.language
		});
	});

	/** Switches to a project period, starting from the years with data. */
	chooseProject(): void {
		const years = [...this.years].sort((a, b) => a - b);
		this.projectFrom ||= String(years[0] ?? this.currentYear - 1);
		this.projectTo ||= String(years.at(-1) ?? this.currentYear);
		this.choice = PROJECT_PERIOD;
	}

	/** Switches to a custom period, starting from the year on screen. */
	chooseCustom(): void {
		const start = this.period ?? yearPeriod(thisYear());
		this.customFrom ||= start.from;
		this.customTo ||= start.to;
		this.choice = CUSTOM_PERIOD;
	}

	async saveThreshold(threshold: number): Promise<void> {
		await this.#data.saveSettings({ reportThreshold: threshold });
	}

	/** The team invitations this vault made, newest first: their keys open colleagues' bundles. */
	invitations = $derived.by(() =>
		this.#data.list('teamInvitation').sort((a, b) => b.created.localeCompare(a.created))
	);

	/** This device's exact figures for another period, e.g. the one a colleague's invitation names. */
	ownFor(period: Period): ExactReport {
		return aggregateReport({ ...this.records, period, language: this.language });
	}

	/** Keeps a new invitation (with its private key) in the vault, encrypted like every record. */
	async saveInvitation(invitation: TeamInvitation): Promise<void> {
		await this.#data.commit([{ op: 'put', kind: 'teamInvitation', record: invitation }]);
	}

	/** Opens and checks bundle files; adds them all, or none when one is refused. */
	async loadBundles(files: readonly BundleFile[]) {
		const period = this.period;
		if (!period) return { add: [], issues: [] };
		const context = {
			invitations: this.invitations,
			period,
			language: this.language,
			own: this.own,
			loaded: this.bundles
		};
		const result = await openBundles(files, context);
		if (result.add.length > 0) this.bundles = [...this.bundles, ...result.add];
		return result;
	}

	removeBundle(id: string): void {
		this.bundles = this.bundles.filter((bundle) => bundle.id !== id);
	}
}
