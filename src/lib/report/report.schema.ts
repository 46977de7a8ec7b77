import { z } from 'zod';
import { isoDateSchema } from '$lib/domain/common.schema';
import { exactCountSchema, labelSchema, monthSchema } from './exact-report.schema';
import {
	figuresOf,
	isProtected,
	type FigureDeclaration,
	type SectionName
} from './figure-declarations';
import { disclosureProblems } from './report-cells';

/** Smallest disclosure threshold a worker may choose (SPEC: 3 to 10). */
export const MIN_THRESHOLD = 3;
/** Largest disclosure threshold a worker may choose. */
export const MAX_THRESHOLD = 10;

/** The one marker of a hidden cell, in JSON, CSV, print and on screen (SPEC "One marker"). */
export const HIDDEN = 'x';

/** The marker of a hidden cell. */
export const hiddenSchema = z.literal(HIDDEN);

/** A protected count in an export: an integer, or `"x"`. */
export const countCellSchema = z.union([exactCountSchema, hiddenSchema]);

/** An average or share in an export: a number rounded to one decimal, or `"x"`. */
export const rateCellSchema = z.union([z.number().min(0).max(1_000_000_000), hiddenSchema]);

function figureSchema(figure: FigureDeclaration): z.ZodType | null {
	switch (figure.kind) {
		case 'count':
			if (figure.exported === false) return null;
			return isProtected(figure.unit) ? countCellSchema : exactCountSchema;
		case 'breakdown': {
			const cell = isProtected(figure.unit) ? countCellSchema : exactCountSchema;
			const key = figure.section === 'contactsByMonth' ? monthSchema : labelSchema;
			return z
				.record(key, cell)
				.refine((c) => Object.keys(c).length <= 5_000, 'too many categories');
		}
		case 'rate':
			return rateCellSchema.optional();
		case 'ratings':
			return z.record(labelSchema, rateCellSchema);
	}
}

/** An exported count: an integer or `"x"`. */
export type CountCell = z.infer<typeof countCellSchema>;
/** An exported average or share: a number or `"x"`. */
export type RateCell = z.infer<typeof rateCellSchema>;
/** The exported figures of one section: counts, rates, breakdowns, by figure name. */
export type ReportSection = Record<string, CountCell | Record<string, CountCell> | undefined>;
/** The exported figures of one activity. */
export type ReportActivity = { activity: string } & Record<string, CountCell | string | undefined>;

/** The zod shape of one section's figures, derived from the figure declarations. */
function sectionShape(section: SectionName): Record<string, z.ZodType> {
	const shape: Record<string, z.ZodType> = {};
	for (const figure of figuresOf(section)) {
		const schema = figureSchema(figure);
		if (schema) shape[figure.name] = schema;
	}
	return shape;
}

// The shapes are built from the declarations at run time; the casts name what they hold.
const sectionSchema = (section: SectionName) =>
	z.strictObject(sectionShape(section)) as unknown as z.ZodType<ReportSection>;

/** One activity's exported figures. */
export const reportActivitySchema = z.strictObject({
	activity: labelSchema,
	...sectionShape('activities')
}) as unknown as z.ZodType<ReportActivity>;

/** Every figure of one column of the report (a year, or the total of a project period). */
export const reportFiguresSchema = z.strictObject({
	reach: sectionSchema('reach'),
	helpRequests: sectionSchema('helpRequests'),
	activities: z.array(reportActivitySchema).max(5_000),
	outreach: sectionSchema('outreach'),
	signals: sectionSchema('signals'),
	focusGroups: sectionSchema('focusGroups'),
	contactsByMonth: z.record(monthSchema, countCellSchema)
});

/** The figures of one column of an export (a year, or the total of a project period). */
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

/** What an export covers: a calendar year, a project period of whole years, or an interim. */
export const reportKinds = ['year', 'project', 'interim'] as const;

/** The period of an export (formats.md §1, v2). */
export const reportPeriodSchema = z
	.strictObject({ from: isoDateSchema, to: isoDateSchema, kind: z.enum(reportKinds) })
	.refine((period) => period.from <= period.to, 'period.from is after period.to');

/** The shape of a `stekboek-report` v2 file (formats.md §1), without the disclosure checks. */
export const reportShapeSchema = z.strictObject({
	format: z.literal('stekboek-report'),
	version: z.literal(2),
	period: reportPeriodSchema,
	threshold: z.number().int().min(MIN_THRESHOLD).max(MAX_THRESHOLD),
	sources: z.number().int().min(1).max(1_000),
	...reportFiguresSchema.shape,
	years: z.record(z.string().regex(/^\d{4}$/), reportFiguresSchema).optional()
});

/** A `stekboek-report` v2 export: counts or `"x"`, rounded averages, labels only. */
export type StekboekReport = z.infer<typeof reportShapeSchema>;

/**
 * A `stekboek-report` v2 file that also keeps every disclosure rule it can check on its
 * own: no visible protected count in 1..k−1, no organisational count hidden (the shape
 * already), no visible subgroup whose difference with its parent is small or which equals
 * a parent below 2k, no breakdown tied to a visible total with one lone hidden cell, the
 * right columns for its kind, interim counts in multiples of 5.
 */
export const stekboekReportSchema = reportShapeSchema.superRefine((report, ctx) => {
	for (const message of disclosureProblems(report)) ctx.addIssue({ code: 'custom', message });
});
