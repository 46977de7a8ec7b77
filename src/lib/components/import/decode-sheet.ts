/** Files bigger than this are refused unread; 50,000 rows of a real sheet stay far below. */
export const MAX_SHEET_BYTES = 30 * 1024 * 1024;

export type DecodedSheet = { text: string; encoding: 'utf-8' | 'windows-1252' };

/**
 * The text of a CSV file. Sheets are read as UTF-8 (a BOM is kept for the parser to drop);
 * bytes that are not valid UTF-8 mean Excel saved the sheet as Windows text ("CSV
 * (gescheiden door lijstscheidingsteken)" does), so those are read as Windows-1252 instead
 * of turning every é into a replacement character.
 */
export function decodeSheet(bytes: Uint8Array): DecodedSheet {
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
			encoding: 'utf-8'
		};
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

/** Reads a chosen file with the File API; null when the browser cannot read it. */
export async function readSheetFile(file: File): Promise<DecodedSheet | 'tooLarge' | null> {
	if (file.size > MAX_SHEET_BYTES) return 'tooLarge';
	try {
		return decodeSheet(new Uint8Array(await file.arrayBuffer()));
	} catch {
		return null;
	}
}
