import { describe, expect, it } from 'vitest';
import { emptyReportText, reportTextSchema } from '$lib/domain/report-text.schema';
import {
	authoredParagraphs,
	buildIntroductionChapter,
	reportMetaOf,
	withAuthoredText
} from './authored-text';

const text = reportTextSchema.parse({
	...emptyReportText,
	organisation: 'SAAMO',
	project: 'Stek Harelbeke',
	author: 'Opbouwwerker',
	chapters: {
		introduction: 'Eerste alinea.\n\n  Tweede alinea.  \n\n\n',
		politiseren: 'Over signalen.'
	}
});

describe('authored report text', () => {
	it('fills the report meta with the worker’s own words', () => {
		expect(reportMetaOf(text, '2020–2022')).toEqual({
			organisation: 'SAAMO',
			project: 'Stek Harelbeke',
			author: 'Opbouwwerker',
			periodLabel: '2020–2022'
		});
	});

	it('splits a chapter text into authored paragraphs at blank lines', () => {
		expect(authoredParagraphs(text, 'introduction')).toEqual([
			{ kind: 'paragraph', text: 'Eerste alinea.', origin: 'authored' },
			{ kind: 'paragraph', text: 'Tweede alinea.', origin: 'authored' }
		]);
		expect(authoredParagraphs(text, 'leren')).toEqual([]);
		expect(buildIntroductionChapter(text, 'en')).toMatchObject({
			id: 'introduction',
			title: 'Introduction'
		});
	});

	it('puts the worker’s text before a chapter’s figures', () => {
		const chapter = withAuthoredText(
			{ id: 'politiseren', title: 'Politiseren', blocks: [{ kind: 'heading', text: 'Signalen' }] },
			text
		);
		expect(chapter.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
	});

	it('refuses a chapter the report does not have', () => {
		expect(
			reportTextSchema.safeParse({ ...emptyReportText, chapters: { bijlage: 'x' } }).success
		).toBe(false);
	});
});
