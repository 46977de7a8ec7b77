import { z } from 'zod';
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

/** The figures of one activity, with the session attendance an average is computed from. */
export const exactActivitySchema = z.strictObject({
	activity: labelSchema,
	order: z.number().int().min(0).max(1_000_000),
	sessions: exactCountSchema,
	sessionAttendance: exactCountSchema,
	attendance: exactCountSchema,
	uniqueParticipants: exactCountSchema,
	newParticipants: exactCountSchema,
	women: exactCountSchema,
	foreignOrigin: exactCountSchema,
	dutchNotHomeLanguage: exactCountSchema,
	knownToSocialService: exactCountSchema
});

/** The sum and number of ratings of one prompt, so means can be recomputed after merging. */
export const ratingSumSchema = z
	.strictObject({ sum: exactCountSchema, count: exactCountSchema })
	.refine((r) => r.sum >= r.count && r.sum <= 5 * r.count, 'ratings lie between 1 and 5');

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
	reach: z.strictObject({
		uniqueContacts: exactCountSchema,
		newContacts: exactCountSchema,
		knownToSocialService: exactCountSchema,
		byGender: exactBreakdownSchema,
		byAgeBand: exactBreakdownSchema,
		byHousehold: exactBreakdownSchema,
		byOrigin: exactBreakdownSchema,
		byDutchHomeLanguage: exactBreakdownSchema
	}),
	helpRequests: z.strictObject({
		total: exactCountSchema,
		signals: exactCountSchema,
		byTheme: exactBreakdownSchema,
		byApproach: exactBreakdownSchema,
		byReferral: exactBreakdownSchema,
		byActivity: exactBreakdownSchema,
		byStatus: exactBreakdownSchema
	}),
	activities: z.array(exactActivitySchema).max(5_000),
	outreach: z.strictObject({
		rounds: exactCountSchema,
		addressesVisited: exactCountSchema,
		conversations: exactCountSchema,
		newPeopleReached: exactCountSchema
	}),
	signals: z.strictObject({
		total: exactCountSchema,
		byTheme: exactBreakdownSchema,
		byStatus: exactBreakdownSchema,
		byForum: exactBreakdownSchema
	}),
	focusGroups: z.strictObject({
		sessions: exactCountSchema,
		headcount: exactCountSchema,
		inputs: exactCountSchema,
		inputsByTheme: exactBreakdownSchema,
		ratingsByPrompt: z.record(labelSchema, ratingSumSchema)
	}),
	contactsByMonth: z.record(monthSchema, exactCountSchema)
});

/** An exact report: one device's figures, or the sum of several, before disclosure control. */
export type ExactReport = z.infer<typeof exactReportSchema>;
/** The exact figures of one activity. */
export type ExactActivity = z.infer<typeof exactActivitySchema>;
/** Exact counts per label. */
export type ExactBreakdown = Record<string, number>;
/** Sum and number of ratings of one prompt. */
export type RatingSum = z.infer<typeof ratingSumSchema>;
