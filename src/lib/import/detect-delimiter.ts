export type Delimiter = ';' | ',';

/**
 * The delimiter of a sheet, read from its header line: whichever of `;` and `,` occurs
 * more often outside quotes. A tie (or neither) gives `;`, what Excel writes in Belgium.
 */
export function detectDelimiter(text: string): Delimiter {
	const headerLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
	let semicolons = 0;
	let commas = 0;
	let quoted = false;
	for (const char of headerLine) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && char === ';') semicolons += 1;
		else if (!quoted && char === ',') commas += 1;
	}
	return commas > semicolons ? ',' : ';';
}
