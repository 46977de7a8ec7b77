import type { ReportContentKey } from '$lib/i18n/catalog/report-content';
import { stekFunctions } from '$lib/domain/contact.schema';
import {
	quickscanParameterNames,
	stekConditions,
	type SelfEvaluation
} from '$lib/domain/self-evaluation.schema';
import type { ReportLanguage } from '../report-input';
import { chapterText } from './chapter-text';
import type { ReportBlock, ReportChapter, ReportTableBlock } from './report-document';

/** The catalog key of a Quickscan option (`eigen observatie` → `quickscan.option.eigen-observatie`). */
export function quickscanOptionKey(option: string): ReportContentKey {
	return `quickscan.option.${option.replace(/\s+/g, '-')}` as ReportContentKey;
}

/** "+ aanklampend; − vrijblijvend": what was added and dropped from the first year to the last. */
function optionChange(
	first: readonly string[],
	last: readonly string[],
	label: (o: string) => string,
	same: string
) {
	const added = last.filter((option) => !first.includes(option)).map((o) => `+ ${label(o)}`);
	const dropped = first.filter((option) => !last.includes(option)).map((o) => `− ${label(o)}`);
	return [...added, ...dropped].join('; ') || same;
}

/** "+2", "−1", "0", or "—" when either year has no score. */
function scoreChange(first: number | null, last: number | null, none: string): string {
	if (first === null || last === null) return none;
	const change = last - first;
	return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}

/**
 * The self-evaluation chapter (issue 14 item 4): each year's position on the nine Quickscan
 * parameters and its scores on De Stek's four functions and four conditions, a column per
 * year, and with two years or more a column saying how they moved from the first to the last.
 * Only chosen options and scores are shown; the worker's notes stay on the device.
 */
export function buildSelfEvaluationChapter(
	evaluations: readonly SelfEvaluation[],
	language: ReportLanguage
): ReportChapter {
	const t = (key: ReportContentKey) => chapterText(language, key);
	const years = [...evaluations].sort((a, b) => a.year - b.year);
	const title = t('chapter.selfEvaluation');
	if (years.length === 0)
		return {
			id: 'selfEvaluation',
			title,
			blocks: [{ kind: 'paragraph', text: t('selfEvaluation.empty'), origin: 'figures' }]
		};
	const first = years[0]!;
	const last = years.at(-1)!;
	const moved = years.length > 1;
	const columns = [
		...years.map((year) => String(year.year)),
		...(moved ? [t('chapter.change')] : [])
	];
	const label = (option: string) => t(quickscanOptionKey(option));
	const quickscan: ReportTableBlock = {
		kind: 'table',
		caption: t('selfEvaluation.quickscan'),
		columns,
		rows: quickscanParameterNames.map((name) => ({
			label: t(`quickscan.${name}`),
			cells: [
				...years.map(
					(year) => year.quickscan[name].options.map(label).join(', ') || t('chapter.none')
				),
				...(moved
					? [
							optionChange(
								first.quickscan[name].options,
								last.quickscan[name].options,
								label,
								t('chapter.same')
							)
						]
					: [])
			]
		}))
	};
	const scores = (
		caption: ReportContentKey,
		names: readonly string[],
		pick: (year: SelfEvaluation, name: string) => number | null
	): ReportTableBlock => ({
		kind: 'table',
		caption: t(caption),
		columns,
		rows: names.map((name) => ({
			label: t(`stek.${name}` as ReportContentKey),
			cells: [
				...years.map((year) => String(pick(year, name) ?? t('chapter.none'))),
				...(moved ? [scoreChange(pick(first, name), pick(last, name), t('chapter.none'))] : [])
			]
		}))
	});
	const blocks: ReportBlock[] = [
		quickscan,
		scores(
			'selfEvaluation.functions',
			stekFunctions,
			(year, name) => year.functions[name as (typeof stekFunctions)[number]].score
		),
		scores(
			'selfEvaluation.conditions',
			stekConditions,
			(year, name) => year.conditions[name as (typeof stekConditions)[number]].score
		)
	];
	return { id: 'selfEvaluation', title, blocks };
}
