import { reportContentMessages, type ReportContentKey } from '$lib/i18n/catalog/report-content';
import { formatPlurals } from '$lib/i18n/plural-format';
import type { ReportLanguage } from '../report-input';
import { HIDDEN, type CountCell, type RateCell } from '../report.schema';

/** A chapter text in the report's language, with `{name}` and plural forms filled in. */
export function chapterText(
	language: ReportLanguage,
	key: ReportContentKey,
	params: Record<string, string | number> = {}
): string {
	const template = formatPlurals(reportContentMessages[language][key], language, params);
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}

/** A published cell as the report writes it: `x` stays `x`, decimals get a comma in Dutch. */
export function cellText(value: CountCell | RateCell, language: ReportLanguage): string {
	if (value === HIDDEN) return HIDDEN;
	return language === 'nl' ? String(value).replace('.', ',') : String(value);
}
