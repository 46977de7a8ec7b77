const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A stored `YYYY-MM-DD` as the worker reads it ("di 14 mei 2024"), in the app's language.
 * The date is read as a local calendar day so no time zone can shift it by one.
 */
export function formatDate(iso: string, language: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (!year || !month || !day) return iso;
	const tag = language === 'en' ? 'en-GB' : language === 'fr' ? 'fr-BE' : 'nl-BE';
	let format = formats.get(tag);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, {
			weekday: 'short',
			day: 'numeric',
			month: 'short',
			year: 'numeric'
		});
		formats.set(tag, format);
	}
	return format.format(new Date(year, month - 1, day));
}
