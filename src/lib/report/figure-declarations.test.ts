import { describe, expect, it } from 'vitest';
import { reportMessages } from '$lib/i18n/catalog/report';
import { exactActivitySchema, exactReportSchema } from './exact-report.schema';
import { figureDeclarations } from './figure-declarations';
import { yearPeriod } from './period';
import { seedFixture } from '$test-support/report/seed-fixture';
import { aggregateReport } from './year-report';

describe('figure declarations', () => {
	it('name every figure once, with a section and a figure name in both languages', () => {
		const keys = figureDeclarations.map((f) => `${f.section}.${f.name}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const language of ['nl', 'en'] as const)
			for (const figure of figureDeclarations) {
				if (figure.kind === 'count' && figure.exported === false) continue;
				const messages = reportMessages[language] as Record<string, string>;
				expect(messages[`report.section.${figure.section}`]).toBeTruthy();
				expect(messages[`report.figure.${figure.name}`]).toBeTruthy();
			}
	});

	it('declare every count of the exact report, so no figure escapes disclosure control', () => {
		// The exact schema is strict and derived from the declarations: a field the
		// aggregation adds without a declaration makes the parse fail.
		const exact = aggregateReport(seedFixture(yearPeriod(2022)));
		expect(exactReportSchema.safeParse(JSON.parse(JSON.stringify(exact))).success).toBe(true);
		const declared = new Set(figureDeclarations.map((f) => `${f.section}.${f.name}`));
		for (const section of ['reach', 'helpRequests', 'outreach', 'signals', 'focusGroups'] as const)
			for (const name of Object.keys(exact[section])) {
				if (name === 'ratingsByPrompt') continue; // declared as meanRatingByPrompt
				expect(declared.has(`${section}.${name}`)).toBe(true);
			}
		for (const name of Object.keys(exact.activities[0] ?? {}))
			if (name !== 'activity' && name !== 'order')
				expect(declared.has(`activities.${name}`)).toBe(true);
		expect(Object.keys(exactActivitySchema.shape)).toEqual([
			'activity',
			'order',
			...figureDeclarations.flatMap((f) =>
				f.section === 'activities' && f.kind === 'count' ? [f.name] : []
			)
		]);
		expect(declared.has('contactsByMonth.contacts')).toBe(true);
	});

	it('tie each subgroup and breakdown to a figure of the same section', () => {
		for (const figure of figureDeclarations) {
			const others = figureDeclarations
				.filter((f) => f.section === figure.section)
				.map((f) => f.name);
			if (figure.kind === 'count' && figure.parent) expect(others).toContain(figure.parent);
			if (figure.kind === 'count' && figure.atMost) expect(others).toContain(figure.atMost);
			if (figure.kind === 'breakdown' && figure.total) expect(others).toContain(figure.total);
			if (figure.kind === 'rate')
				expect(others).toEqual(expect.arrayContaining([figure.numerator, figure.denominator]));
		}
	});
});
