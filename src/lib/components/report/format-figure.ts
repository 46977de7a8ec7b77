import { formatDate } from '$lib/i18n/format-date';
import type { Language } from '$lib/i18n/messages';

const numberFormats = new Map<string, Intl.NumberFormat>();

function localeOf(language: Language): string {
	return language === 'en' ? 'en-GB' : language === 'fr' ? 'fr-BE' : 'nl-BE';
}

/** A count or an average as the worker reads it (`8,5` in Dutch); a marker (`<5`) as it is. */
export function formatFigure(value: number | string, language: Language): string {
	if (typeof value === 'string') return value;
	const locale = localeOf(language);
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
		numberFormats.set(locale, format);
	}
	return format.format(value);
}

/** A month `2022-03` as `mrt 2022` (Dutch) or `Mar 2022` (English). */
export function formatMonth(month: string, language: Language): string {
	const date = new Date(`${month}-15T12:00:00Z`);
	if (Number.isNaN(date.getTime())) return month;
	return new Intl.DateTimeFormat(localeOf(language), {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
}

/** A date `2022-03-01` as `1 maart 2022` in the app's language. */
export function formatLongDate(date: string, language: Language): string {
	return formatDate(date, language, 'long');
}
