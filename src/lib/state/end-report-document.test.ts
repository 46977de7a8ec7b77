import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { REPORT_TEXT_ID, type ReportText } from '$lib/domain/report-text.schema';
import { emptySelfEvaluation, type SelfEvaluation } from '$lib/domain/self-evaluation.schema';
import type { ChartRenderer } from '$lib/report/document/docx-writer';
import { writeDocx } from '$lib/report/document/docx-writer';
import { protectedReport } from '$lib/report/document/protected-report';
import type { ReportTableBlock } from '$lib/report/document/report-document';
import { SENTINEL, sentinelData } from '$test-support/report/sentinel-demo-data';
import { memoryVault } from '$test-support/state/vault-test-kit';
import { endReportDocument } from './end-report-document';

const data = sentinelData();
const text: ReportText = {
	id: REPORT_TEXT_ID,
	organisation: 'OCMW Voorbeeld',
	project: 'De Stek Voorbeeld',
	author: 'Auteur Voorbeeld',
	chapters: {
		introduction: 'Inleidende tekst.',
		figures: 'Tekst bij de cijfers.',
		leren: 'Wat we leerden.'
	}
};
const evaluation = (year: number, werkrelatie: 'vrijblijvend' | 'aanklampend'): SelfEvaluation => {
	const empty = emptySelfEvaluation(year);
	return {
		...empty,
		quickscan: { ...empty.quickscan, werkrelatie: { options: [werkrelatie], note: SENTINEL } }
	};
};
const vault = memoryVault({
	reportText: [text],
	selfEvaluation: [evaluation(2022, 'vrijblijvend'), evaluation(2023, 'aanklampend')]
});
const report = protectedReport(data, [2021, 2022, 2023], 5, 'nl');
const doc = endReportDocument(report, {
	data: vault.data,
	signals: data.signals,
	taxonomy: data.taxonomy,
	language: 'nl'
});
const captions = doc.chapters
	.flatMap((chapter) => chapter.blocks)
	.filter((block): block is ReportTableBlock => block.kind === 'table')
	.map((table) => table.caption);

describe('endReportDocument', () => {
	it('puts every chapter in the seed order, with who wrote it and their texts first', () => {
		expect(doc.chapters.map((c) => c.id)).toEqual([
			'introduction',
			'figures',
			'leren',
			'politiseren',
			'selfEvaluation',
			'method'
		]);
		const leren = doc.chapters.find((c) => c.id === 'leren')!;
		expect(leren.blocks).toEqual([
			{ kind: 'paragraph', text: 'Wat we leerden.', origin: 'authored' }
		]);
		expect(doc.meta).toMatchObject({ organisation: 'OCMW Voorbeeld', periodLabel: '2021–2023' });
		const figures = doc.chapters.find((c) => c.id === 'figures')!;
		expect(figures.blocks[0]).toEqual({
			kind: 'paragraph',
			text: 'Tekst bij de cijfers.',
			origin: 'authored'
		});
	});

	it('tells the signals once, in politiseren, and shows how the self-evaluation moved', () => {
		const figures = doc.chapters.find((c) => c.id === 'figures')!;
		const figureTexts = figures.blocks.map((b) =>
			'caption' in b ? b.caption : 'text' in b ? b.text : ''
		);
		expect(figureTexts.filter((t) => /^(Signalen|Focusgroepen)\b/.test(t))).toEqual([]);
		expect(captions.filter((caption) => caption === 'Signalen — per thema')).toHaveLength(1);
		expect(captions).toContain('Signalen — register');
		expect(JSON.stringify(doc.chapters.find((c) => c.id === 'selfEvaluation'))).toContain(
			'aanklampend'
		);
	});

	it('writes a Word file with no alias, note, description or unpublished title', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
		const render: ChartRenderer = () => Promise.resolve({ png, width: 600, height: 300 });
		const files = unzipSync(await writeDocx(doc, render));
		const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
		expect(JSON.stringify(doc)).not.toContain(SENTINEL);
		for (const [name, bytes] of Object.entries(files))
			expect(strFromU8(bytes, true).includes(SENTINEL), name).toBe(false);
		expect(xml).toContain('Inleidende tekst.');
		expect(xml).toContain('Signalen — register');
	});
});
