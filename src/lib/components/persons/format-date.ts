/** A stored `YYYY-MM-DD` date as the worker reads it ("17 mrt. 2021"), in the app's language. */
export function formatDate(iso: string, language: string): string {
	const date = new Date(`${iso}T00:00:00`);
	if (Number.isNaN(date.getTime())) return iso;
	return date.toLocaleDateString(language === 'en' ? 'en-GB' : `${language}-BE`, {
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
}
