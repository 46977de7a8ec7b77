import { z } from 'zod';
import { exactCountSchema, labelSchema, monthSchema } from './exact-report.schema';
import { periodSchema } from './period';
import { disclosureProblems } from './report-cells';

/** Smallest disclosure threshold a worker may choose (SPEC: 3 to 10). */
export const MIN_THRESHOLD = 3;
/** Largest disclosure threshold a worker may choose. */
export const MAX_THRESHOLD = 10;

/** The text that replaces a suppressed count or average, e.g. `<5`. */
export const suppressedSchema = z
	.templateLiteral(['<', z.number().int()])
	.refine((marker) => /^<([3-9]|10)$/.test(marker), 'threshold lies between 3 and 10');

/** A count in an export: an integer, or the suppression marker. */
export const countCellSchema = z.union([exactCountSchema, suppressedSchema]);

/** An average or share in an export: a number rounded to one decimal, or the marker. */
export const rateCellSchema = z.union([z.number().min(0).max(1_000_000_000), suppressedSchema]);

const breakdownSchema = z.record(labelSchema, countCellSchema);

/** The exported figures of one activity. */
export const reportActivitySchema = z.strictObject({
	activity: labelSchema,
	sessions: countCellSchema,
	attendance: countCellSchema,
	uniqueParticipants: countCellSchema,
	newParticipants: countCellSchema,
	averageAttendance: rateCellSchema.optional(),
	women: countCellSchema,
	foreignOrigin: countCellSchema,
	dutchNotHomeLanguage: countCellSchema,
	knownToSocialService: countCellSchema
});

/** The shape of a `stekboek-report` v1 file (formats.md §1), without the disclosure checks. */
export const reportShapeSchema = z.strictObject({
	format: z.literal('stekboek-report'),
	version: z.literal(1),
	period: periodSchema,
	threshold: z.number().int().min(MIN_THRESHOLD).max(MAX_THRESHOLD),
	sources: z.number().int().min(1).max(1_000),
	reach: z.strictObject({
		uniqueContacts: countCellSchema,
		newContacts: countCellSchema,
		knownToSocialService: countCellSchema,
		byGender: breakdownSchema,
		byAgeBand: breakdownSchema,
		byHousehold: breakdownSchema,
		byOrigin: breakdownSchema,
		byDutchHomeLanguage: breakdownSchema
	}),
	helpRequests: z.strictObject({
		total: countCellSchema,
		signals: countCellSchema,
		byTheme: breakdownSchema,
		byApproach: breakdownSchema,
		byReferral: breakdownSchema,
		byActivity: breakdownSchema,
		byStatus: breakdownSchema
	}),
	activities: z.array(reportActivitySchema).max(5_000),
	outreach: z.strictObject({
		rounds: countCellSchema,
		addressesVisited: countCellSchema,
		conversations: countCellSchema,
		newPeopleReached: countCellSchema,
		responseRate: rateCellSchema.optional()
	}),
	signals: z.strictObject({
		total: countCellSchema,
		byTheme: breakdownSchema,
		byStatus: breakdownSchema,
		byForum: breakdownSchema
	}),
	focusGroups: z.strictObject({
		sessions: countCellSchema,
		headcount: countCellSchema,
		inputs: countCellSchema,
		inputsByTheme: breakdownSchema,
		meanRatingByPrompt: z.record(labelSchema, rateCellSchema)
	}),
	contactsByMonth: z.record(monthSchema, countCellSchema)
});

/** A `stekboek-report` v1 export: suppressed counts, rounded averages, labels only. */
export type StekboekReport = z.infer<typeof reportShapeSchema>;
/** The exported figures of one activity. */
export type ReportActivity = z.infer<typeof reportActivitySchema>;
/** The marker of a suppressed cell, e.g. `<5`. */
export type Suppressed = z.infer<typeof suppressedSchema>;
/** An exported count: an integer or the marker. */
export type CountCell = z.infer<typeof countCellSchema>;
/** An exported average or share: a number or the marker. */
export type RateCell = z.infer<typeof rateCellSchema>;

/**
 * A `stekboek-report` v1 file that also keeps the disclosure promises: no visible count
 * in 1..k-1, every marker says this threshold, no breakdown with one lone suppressed cell.
 * The export validates with it before writing; a failure means a bug, not bad input.
 */
export const stekboekReportSchema = reportShapeSchema.superRefine((report, ctx) => {
	for (const message of disclosureProblems(report)) ctx.addIssue({ code: 'custom', message });
});
