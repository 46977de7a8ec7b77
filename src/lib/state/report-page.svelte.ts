import { todayIso } from '$lib/domain/common.schema';
import { locale } from '$lib/i18n/locale.svelte';
import { applyDisclosureControl } from '$lib/report/disclosure-control';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { mergeExactReports } from '$lib/report/merge-reports';
import { periodSchema, yearPeriod, type Period } from '$lib/report/period';
import type { ReportInput } from '$lib/report/report-input';
import type { StekboekReport } from '$lib/report/report.schema';
import { aggregateReport } from '$lib/report/year-report';
import { bundleFits, openBundles, type BundleFile, type LoadedBundle } from './report-bundles';
import { defaultReportYear, reportLanguageOf, yearsWithData } from './report-period';
import type { VaultData } from './vault-data.svelte';

/** The device's current calendar year. */
const thisYear = () => Number(todayIso().slice(0, 4));

/** The `Jaar` option that switches to a period of the worker's own choosing. */
export const CUSTOM_PERIOD = 'custom';

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
	bundles = $state.raw<LoadedBundle[]>([]);

	constructor(data: VaultData, currentYear: number = thisYear()) {
		this.#data = data;
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

	/** What leaves the device: the merged figures after disclosure control, applied once. */
	exported: StekboekReport | null = $derived(
		this.merged ? applyDisclosureControl(this.merged, this.threshold) : null
	);

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

	/** Opens and checks bundle files; adds them all, or none when one is refused. */
	async loadBundles(files: readonly BundleFile[], passphrase: string) {
		const period = this.period;
		if (!period) return { add: [], issues: [] };
		const context = { period, language: this.language, loaded: this.bundles };
		const result = await openBundles(files, passphrase, context);
		if (result.add.length > 0) this.bundles = [...this.bundles, ...result.add];
		return result;
	}

	removeBundle(id: string): void {
		this.bundles = this.bundles.filter((bundle) => bundle.id !== id);
	}
}
