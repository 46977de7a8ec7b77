/** The taxonomy editor's pure logic and the `stekboek-taxonomy` v1 file (formats.md §6). */
export { addItem, canDeleteItem, checkLabel, moveItem, renameItem } from './taxonomy-edits';
export { exportTaxonomy, taxonomyFileText } from './export-taxonomy';
export { planTaxonomyImport } from './plan-taxonomy-import';
export type { ItemChange, ItemChangeKind, TaxonomyImportPlan } from './plan-taxonomy-import';
export { readTaxonomyFile } from './read-taxonomy-file';
export { countTaxonomyUses } from './taxonomy-usage';
export type { TaxonomyReferrers } from './taxonomy-usage';
export {
	MAX_TAXONOMY_FILE_CHARS,
	TAXONOMY_FILE_NAME,
	TAXONOMY_FORMAT,
	TAXONOMY_VERSION
} from './taxonomy-file.schema';
export type { TaxonomyFile, TaxonomyFileItem } from './taxonomy-file.schema';
export type * from './taxonomy-types';
