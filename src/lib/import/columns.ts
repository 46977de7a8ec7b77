import { normalizeKey } from './normalize-text';

/** The columns the import reads, by their key in the code. */
export const columnKeys = [
	'date',
	'person',
	'activity',
	'theme',
	'description',
	'approach',
	'referral',
	'status',
	'gender',
	'ageBand',
	'household',
	'origin',
	'dutchHomeLanguage',
	'knownToSocialService',
	'firstContact'
] as const;

export type ColumnKey = (typeof columnKeys)[number];
export type SheetCells = Record<ColumnKey, string>;

/**
 * The header names of formats.md §3 (Dutch), their English equivalents, and a few
 * spellings seen in real sheets. Matching ignores case and surrounding spaces.
 */
export const columnNames: Record<ColumnKey, { nl: string; en: string; more?: string[] }> = {
	date: { nl: 'Datum', en: 'Date' },
	person: { nl: 'Persoon', en: 'Person', more: ['alias'] },
	activity: { nl: 'Activiteit', en: 'Activity', more: ['vindplaats'] },
	theme: { nl: 'Thema', en: 'Theme', more: ["thema's", 'themes'] },
	description: { nl: 'Omschrijving', en: 'Description' },
	approach: { nl: 'Aanpak', en: 'Approach' },
	referral: { nl: 'Doorverwijzing naar', en: 'Referred to', more: ['referral'] },
	status: { nl: 'Status', en: 'Status' },
	gender: { nl: 'Geslacht', en: 'Gender' },
	ageBand: { nl: 'Leeftijd', en: 'Age', more: ['age band', 'leeftijdscategorie'] },
	household: { nl: 'Gezinssituatie', en: 'Household' },
	origin: { nl: 'Herkomst', en: 'Origin' },
	dutchHomeLanguage: { nl: 'Thuistaal Nederlands', en: 'Dutch home language' },
	knownToSocialService: { nl: 'Gekend bij sociale dienst', en: 'Known to social service' },
	firstContact: { nl: 'Eerste contact', en: 'First contact' }
};

/** A file without these columns is refused as a whole. */
export const requiredColumns: readonly ColumnKey[] = ['date', 'activity'];

const byHeader = new Map<string, ColumnKey>(
	columnKeys.flatMap((key) => {
		const { nl, en, more = [] } = columnNames[key];
		return [nl, en, ...more].map((name) => [normalizeKey(name), key] as const);
	})
);

/** The column a header cell names, or null for a column the import does not use. */
export function columnOfHeader(header: string): ColumnKey | null {
	return byHeader.get(normalizeKey(header)) ?? null;
}

/** A row with every column empty, to fill from the cells the file has. */
export function emptyCells(): SheetCells {
	return Object.fromEntries(columnKeys.map((key) => [key, ''])) as SheetCells;
}
