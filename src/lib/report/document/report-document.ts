/**
 * The end report as one document model (issue 14): chapters in the seed's order, each a list
 * of blocks whose values are already formatted and already protected (hidden cells carry the
 * marker `x`). The screen preview, the print view and the Word export all render this one
 * model, so what leaves the device is decided once, when the model is built.
 */

/** Where a block's text comes from: `figures` are computed, `authored` is the worker's own text. */
export type BlockOrigin = 'figures' | 'authored';

/** One row of a report table: a label and one formatted cell per column. */
export interface ReportTableRow {
	label: string;
	/** Formatted values: "12", "x", "75 %", "+3"; the same strings the CSV holds. */
	cells: string[];
}

/** A table with its section title on it, so it reads right when printed alone. */
export interface ReportTableBlock {
	kind: 'table';
	/** Section and figure together, e.g. "Signalen — per thema". */
	caption: string;
	/** Column headings after the label column, e.g. ["2020", "2021", "2022", "Totaal"]. */
	columns: string[];
	rows: ReportTableRow[];
}

/** A chart of published values only; a hidden value is `null` and is not drawn. */
export interface ReportChartBlock {
	kind: 'chart';
	caption: string;
	chart: 'bar' | 'line';
	labels: string[];
	series: { label: string; values: (number | null)[] }[];
}

/** A paragraph; `authored` paragraphs are the worker's free text written for the report. */
export interface ReportParagraphBlock {
	kind: 'paragraph';
	text: string;
	origin: BlockOrigin;
}

/** A heading inside a chapter. */
export interface ReportHeadingBlock {
	kind: 'heading';
	text: string;
}

/** Anything a chapter holds. */
export type ReportBlock =
	ReportTableBlock | ReportChartBlock | ReportParagraphBlock | ReportHeadingBlock;

/**
 * A chapter of the end report. Ids in the seed's order: `introduction`, `figures`,
 * `ontmoeten`, `leren`, `verwijzen`, `politiseren`, `conditions`, `selfEvaluation`, `method`.
 */
export interface ReportChapter {
	id: string;
	title: string;
	blocks: ReportBlock[];
}

/** Who wrote the report and for which project and years. */
export interface ReportMeta {
	organisation: string;
	project: string;
	author: string;
	/** E.g. "2020–2022" or "2022". */
	periodLabel: string;
}

/** The whole end report, ready to render or write as `.docx`. */
export interface ReportDocument {
	meta: ReportMeta;
	chapters: ReportChapter[];
}
