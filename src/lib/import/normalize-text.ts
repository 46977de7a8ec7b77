/** A comparison key: Unicode-normalised, trimmed, inner spaces collapsed, lower case. */
export function normalizeKey(value: string): string {
	return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The trimmed, non-empty parts of a `|`-separated multi-value cell. */
export function splitMulti(cell: string): string[] {
	return cell
		.split('|')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

/** A cell value cut short for a message, so a huge cell cannot flood the screen. */
export function shorten(value: string, max = 60): string {
	const trimmed = value.trim();
	return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}
