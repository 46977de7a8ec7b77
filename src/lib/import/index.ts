/** The registration-sheet import (formats.md §3): parse, preview, resolve. Pure, never throws. */
export { parseSheet, MAX_SHEET_ROWS } from './parse-sheet';
export type { ParsedSheet, SheetRow } from './parse-sheet';
export { mapSheet } from './map-sheet';
export { previewSheet } from './preview-sheet';
export { resolveImport } from './resolve-import';
export type { ResolveOptions } from './resolve-import';
export { importMessageKey } from './import-message-key';
export type { ImportMessageKey } from './import-message-key';
export { makeSampleSheet } from './sample-sheet';
export type * from './import-types';
