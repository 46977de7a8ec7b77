import { signalStatuses, type Signal } from '$lib/domain/signal.schema';
import type { ExactReport } from './exact-report.schema';
import { inPeriod, type Period } from './period';
import type { ReportLanguage } from './report-input';
import { valueLabel } from './report-text';
import { Tally } from './tally';
import type { TaxonomyIndex } from './taxonomy-index';

/**
 * Signals first seen in the period, by theme, by status (as it is now) and by forum it
 * was forwarded to; a signal with two themes or forums counts once under each.
 */
export function signalFigures(
	signals: readonly Signal[],
	index: TaxonomyIndex,
	period: Period,
	language: ReportLanguage
): ExactReport['signals'] {
	const byTheme = index.themes.tally();
	const byForum = index.forums.tally();
	const byStatus = new Tally(signalStatuses);
	let total = 0;
	for (const signal of signals) {
		if (!inPeriod(signal.firstSeen, period)) continue;
		total += 1;
		byStatus.add(signal.status);
		byTheme.addIds(signal.themeIds, index.themes.labelOf);
		byForum.addIds(signal.forwardedTo, index.forums.labelOf);
	}
	return {
		total,
		byTheme: byTheme.toRecord(),
		byStatus: byStatus.toRecord((status) => valueLabel(status, language)),
		byForum: byForum.toRecord()
	};
}
