/**
 * Plural forms in messages, written the ICU way: `{count, plural, one {# ronde} other {# rondes}}`.
 * The variant is chosen by `Intl.PluralRules` of the language, so no message counts by hand;
 * `#` stands for the number, an `=0` variant for exactly zero.
 */
export function formatPlurals(
	template: string,
	language: string,
	params: Record<string, string | number>
): string {
	let out = '';
	let index = 0;
	const opening = /\{(\w+),\s*plural,/g;
	for (let match = opening.exec(template); match; match = opening.exec(template)) {
		const end = closingBrace(template, match.index);
		if (end < 0) break;
		const shown = params[match[1] ?? ''] ?? '';
		const value = Number(shown);
		const variants = readVariants(template.slice(match.index + match[0].length, end));
		const exact = variants.get(`=${value}`);
		const category = new Intl.PluralRules(language).select(value);
		const chosen = exact ?? variants.get(category) ?? variants.get('other') ?? '';
		out += template.slice(index, match.index) + chosen.replace(/#/g, String(shown));
		index = end + 1;
		opening.lastIndex = index;
	}
	return out + template.slice(index);
}

/** The index of the brace that closes the one at `start`, or -1. */
function closingBrace(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === '{') depth++;
		if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

/** `one {…} other {…}` as a map from selector to text (inner `{name}` kept as is). */
function readVariants(body: string): Map<string, string> {
	const variants = new Map<string, string>();
	const selector = /\s*(=?\w+)\s*\{/g;
	for (let match = selector.exec(body); match; match = selector.exec(body)) {
		const open = match.index + match[0].length - 1;
		const close = closingBrace(body, open);
		if (close < 0) break;
		variants.set(match[1] ?? '', body.slice(open + 1, close));
		selector.lastIndex = close + 1;
	}
	return variants;
}
