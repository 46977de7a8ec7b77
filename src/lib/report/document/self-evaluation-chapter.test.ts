import { describe, expect, it } from 'vitest';
import {
	emptySelfEvaluation,
	quickscanParameterNames,
	quickscanParameters,
	selfEvaluationSchema,
	type SelfEvaluation
} from '$lib/domain/self-evaluation.schema';
import { reportContentMessages } from '$lib/i18n/catalog/report-content';
import type { ReportTableBlock } from './report-document';
import { buildSelfEvaluationChapter, quickscanOptionKey } from './self-evaluation-chapter';

const NOTE = 'ZZSENTINEL notitie';

function year(value: number, change: (evaluation: SelfEvaluation) => void): SelfEvaluation {
	const evaluation = emptySelfEvaluation(value);
	for (const name of quickscanParameterNames) evaluation.quickscan[name].note = NOTE;
	evaluation.functions.ontmoeten.note = NOTE;
	evaluation.conditions.autonoom.note = NOTE;
	change(evaluation);
	return selfEvaluationSchema.parse(evaluation);
}

const first = year(2021, (e) => {
	e.quickscan.werkrelatie.options = ['vrijblijvend'];
	e.quickscan.focus.options = ['integraal', 'territoriaal'];
	e.functions.ontmoeten.score = 2;
	e.conditions.participatie.score = 4;
});
const last = year(2022, (e) => {
	e.quickscan.werkrelatie.options = ['vrijblijvend', 'aanklampend'];
	e.quickscan.focus.options = ['integraal', 'territoriaal'];
	e.functions.ontmoeten.score = 4;
	e.conditions.participatie.score = 3;
});

const table = (blocks: { kind: string }[], caption: string) =>
	blocks.find(
		(block): block is ReportTableBlock =>
			block.kind === 'table' && (block as ReportTableBlock).caption.startsWith(caption)
	)!;

describe('buildSelfEvaluationChapter', () => {
	it('shows each year’s positions in a column and how they moved', () => {
		const chapter = buildSelfEvaluationChapter([last, first], 'nl');
		const quickscan = table(chapter.blocks, 'Quickscan');
		expect(quickscan.columns).toEqual(['2021', '2022', 'Verandering']);
		expect(quickscan.rows).toHaveLength(9);
		expect(quickscan.rows[0]).toEqual({
			label: 'Werkrelatie',
			cells: ['vrijblijvend', 'vrijblijvend, aanklampend', '+ aanklampend']
		});
		expect(quickscan.rows.find((r) => r.label === 'Focus')?.cells[2]).toBe('gelijk');
		expect(quickscan.rows.find((r) => r.label === 'Locatie')?.cells).toEqual(['—', '—', 'gelijk']);
		const functions = table(chapter.blocks, 'De Stek — de vier functies');
		expect(functions.rows[0]).toEqual({ label: 'Ontmoeten', cells: ['2', '4', '+2'] });
		expect(functions.rows[1]?.cells).toEqual(['—', '—', '—']);
		const conditions = table(chapter.blocks, 'De Stek — de vier randvoorwaarden');
		expect(conditions.rows.find((r) => r.label === 'Participatie')?.cells).toEqual([
			'4',
			'3',
			'−1'
		]);
	});

	it('keeps the notes on the device', () => {
		for (const language of ['nl', 'en'] as const)
			expect(JSON.stringify(buildSelfEvaluationChapter([first, last], language))).not.toContain(
				'ZZSENTINEL'
			);
	});

	it('has no change column for one year and says when there is nothing yet', () => {
		expect(table(buildSelfEvaluationChapter([first], 'en').blocks, 'Quickscan').columns).toEqual([
			'2021'
		]);
		expect(buildSelfEvaluationChapter([], 'nl').blocks).toEqual([
			{
				kind: 'paragraph',
				text: expect.stringContaining('nog geen zelfevaluatie'),
				origin: 'figures'
			}
		]);
	});

	it('has a label in both languages for every option of every parameter', () => {
		for (const options of Object.values(quickscanParameters))
			for (const option of options) {
				expect(reportContentMessages.nl[quickscanOptionKey(option)]).toBeTruthy();
				expect(reportContentMessages.en[quickscanOptionKey(option)]).toBeTruthy();
			}
	});
});

describe('selfEvaluationSchema', () => {
	it('refuses an option the parameter does not have and a score off the scale', () => {
		const bad = emptySelfEvaluation(2022);
		expect(
			selfEvaluationSchema.safeParse({
				...bad,
				quickscan: { ...bad.quickscan, regie: { options: ['dwangmatig'], note: '' } }
			}).success
		).toBe(false);
		expect(
			selfEvaluationSchema.safeParse({
				...bad,
				functions: { ...bad.functions, leren: { score: 6, note: '' } }
			}).success
		).toBe(false);
	});
});
