import { z } from 'zod';
import { figureDeclarations, type FigureNames, type SectionName } from './figure-declarations';
import { periodSchema } from './period';
import { reportLanguages } from './report-input';

/** An exact count; bounded so that a tampered bundle cannot carry absurd numbers. */
export const exactCountSchema = z.number().int().min(0).max(1_000_000_000);

/** A category label: a taxonomy label, a domain value, a month or a prompt text. */
export const labelSchema = z.string().min(1).max(500);

/** Counts per label; a breakdown never holds more cells than a taxonomy could. */
export const exactBreakdownSchema = z
	.record(labelSchema, exactCountSchema)
	.refine((cells) => Object.keys(cells).length <= 5_000, 'too many categories');

/** A calendar month as `YYYY-MM`, the finest time unit a report may show. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The sum and number of ratings of one prompt, so means can be recomputed after merging. */
export const ratingSumSchema = z
	.strictObject({ sum: exactCountSchema, count: exactCountSchema })
	.refine((r) => r.sum >= r.count && r.sum <= 5 * r.count, 'ratings lie between 1 and 5');

/** Exact counts per label. */
export type ExactBreakdown = Record<string, number>;
/** Sum and number of ratings of one prompt. */
export type RatingSum = z.infer<typeof ratingSumSchema>;

/** The exact figures of one section, typed from the declarations: counts and breakdowns. */
export type ExactSection<S extends SectionName> = Record<FigureNames<S, 'count'>, number> &
	Record<FigureNames<S, 'breakdown'>, ExactBreakdown>;

/** The exact figures of one activity, with its label and display order. */
export type ExactActivity = { activity: string; order: number } & ExactSection<'activities'>;

/** An exact report: one device's figures, or the sum of several, before disclosure control. */
export interface ExactReport {
	format: 'stekboek-exact-report';
	version: 1;
	period: { from: string; to: string };
	language: (typeof reportLanguages)[number];
	sources: number;
	reach: ExactSection<'reach'>;
	helpRequests: ExactSection<'helpRequests'>;
	activities: ExactActivity[];
	outreach: ExactSection<'outreach'>;
	signals: ExactSection<'signals'>;
	/** Averages are recomputed from these sums after merging, never averaged. */
	focusGroups: ExactSection<'focusGroups'> & { ratingsByPrompt: Record<string, RatingSum> };
	contactsByMonth: ExactBreakdown;
}

/**
 * The zod shape of one section's exact figures, derived from the declarations: a count per
 * count figure (also the components that are never exported), a breakdown per breakdown;
 * rates are recomputed from their parts and have no exact field.
 */
export function exactSectionShape(section: SectionName): Record<string, z.ZodType> {
	const shape: Record<string, z.ZodType> = {};
	for (const figure of figureDeclarations) {
		if (figure.section !== section) continue;
		if (figure.kind === 'count') shape[figure.name] = exactCountSchema;
		if (figure.kind === 'breakdown') shape[figure.name] = exactBreakdownSchema;
		if (figure.kind === 'ratings')
			shape['ratingsByPrompt'] = z.record(labelSchema, ratingSumSchema);
	}
	return shape;
}

const exactSection = (section: SectionName) => z.strictObject(exactSectionShape(section));

/** The figures of one activity, with the session attendance an average is computed from. */
export const exactActivitySchema = z.strictObject({
	activity: labelSchema,
	order: z.number().int().min(0).max(1_000_000),
	...exactSectionShape('activities')
});

/**
 * The report before disclosure control: exact counts plus the components of every average
 * and share. It is the content of a team bundle, so it holds labels and counts only.
 */
export const exactReportSchema = z.strictObject({
	format: z.literal('stekboek-exact-report'),
	version: z.literal(1),
	period: periodSchema,
	language: z.enum(reportLanguages),
	sources: z.number().int().min(1).max(1_000),
	reach: exactSection('reach'),
	helpRequests: exactSection('helpRequests'),
	activities: z.array(exactActivitySchema).max(5_000),
	outreach: exactSection('outreach'),
	signals: exactSection('signals'),
	focusGroups: exactSection('focusGroups'),
	contactsByMonth: z.record(monthSchema, exactCountSchema)
}) as unknown as z.ZodType<ExactReport> & { shape: Record<string, z.ZodType> };
