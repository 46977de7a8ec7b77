import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type FileChild
} from 'docx';
import type {
	ReportBlock,
	ReportChartBlock,
	ReportDocument,
	ReportTableBlock
} from './report-document';

/** A chart drawn as PNG for the document; width and height in CSS pixels (96 per inch). */
export interface ChartImage {
	png: Uint8Array;
	width: number;
	height: number;
}

/** Draws one chart block as PNG, or null to leave it out (no canvas, nothing to draw). */
export type ChartRenderer = (block: ReportChartBlock) => Promise<ChartImage | null>;

const cell = (text: string, header: boolean, right: boolean) =>
	new TableCell({
		children: [
			new Paragraph({
				alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
				children: [new TextRun({ text, bold: header })]
			})
		]
	});

function table(block: ReportTableBlock): FileChild[] {
	const header = new TableRow({
		tableHeader: true,
		children: [cell('', true, false), ...block.columns.map((c) => cell(c, true, true))]
	});
	const rows = block.rows.map(
		(row) =>
			new TableRow({
				cantSplit: true,
				children: [cell(row.label, false, false), ...row.cells.map((c) => cell(c, false, true))]
			})
	);
	return [
		new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, text: block.caption }),
		new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
		new Paragraph({ text: '' })
	];
}

async function blockParts(block: ReportBlock, render: ChartRenderer): Promise<FileChild[]> {
	switch (block.kind) {
		case 'heading':
			return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
		case 'paragraph':
			return [new Paragraph({ text: block.text })];
		case 'table':
			return table(block);
		case 'chart': {
			const image = await render(block);
			if (!image) return [];
			return [
				new Paragraph({
					keepLines: true,
					children: [
						new ImageRun({
							type: 'png',
							data: image.png,
							transformation: { width: image.width, height: image.height },
							altText: { name: block.caption, description: block.caption, title: block.caption }
						})
					]
				})
			];
		}
	}
}

/**
 * Writes the end report as a `.docx` (OOXML) that Word and LibreOffice open and the worker
 * can edit: a title, per chapter a heading, then its blocks in order — headings, paragraphs,
 * section-titled tables, charts as PNG images. Only what the document holds is written, and
 * the document holds only protected figures.
 */
export async function writeDocx(doc: ReportDocument, render: ChartRenderer): Promise<Uint8Array> {
	const title = [doc.meta.organisation, doc.meta.project, doc.meta.periodLabel]
		.filter((part) => part.trim().length > 0)
		.join(' — ');
	const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: title })];
	if (doc.meta.author.trim()) children.push(new Paragraph({ text: doc.meta.author }));
	for (const chapter of doc.chapters) {
		children.push(
			new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: chapter.title })
		);
		for (const block of chapter.blocks) children.push(...(await blockParts(block, render)));
	}
	const document = new Document({
		creator: 'Stekboek',
		title,
		sections: [{ children }]
	});
	return new Uint8Array(await Packer.toArrayBuffer(document));
}
