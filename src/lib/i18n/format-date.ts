const formats = new Map<string, Intl.DateTimeFormat>();

const styles = {
	/** "di 14 mei 2024": lists and history, where the weekday helps the worker place it. */
	short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
	/** "14 mei 2024": reports and printouts. */
	long: { day: 'numeric', month: 'long', year: 'numeric' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The locale tag for dates in the app's language (Belgian Dutch and French). */
function localeTag(language: string): string {
	return language === 'en' ? 'en-GB' : language === 'fr' ? 'fr-BE' : 'nl-BE';
}

/**
 * A stored `YYYY-MM-DD` as the worker reads it, in the app's language. The date is read
 * as a local calendar day so no time zone can shift it by one.
 */
export function formatDate(
	iso: string,
	language: string,
	style: keyof typeof styles = 'short'
): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (!year || !month || !day) return iso;
	const key = `${localeTag(language)}|${style}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(localeTag(language), styles[style]);
		formats.set(key, format);
	}
	return format.format(new Date(year, month - 1, day));
}
