import { reportContentMessages, type ReportContentKey } from '$lib/i18n/catalog/report-content';
import { formatPlurals } from '$lib/i18n/plural-format';
import type { ReportLanguage } from '../report-input';

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
