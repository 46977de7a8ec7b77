import { z } from 'zod';
import { freeTextSchema, idSchema } from './common.schema';
import { stekFunctions } from './contact.schema';

/**
 * The nine parameters of the Quickscan "outreachend werken" (De Maeyer e.a., 2012) with the
 * options the seed names for each. A project often combines options (Harelbeke worked both
 * "vrijblijvend" and "aanklampend"), so a position is a set of options. The seed names no
 * options for `tijdsbepaling` beyond duration and intensity, so those are its options.
 */
export const quickscanParameters = {
	werkrelatie: ['vrijblijvend', 'aanklampend', 'voorwaardelijk', 'dwangmatig'],
	aanmelding: [
		'eigen observatie',
		'persoon zelf',
		'professioneel netwerk',
		'niet-professioneel netwerk'
	],
	doelpubliek: ['individueel', 'groep', 'doelgroep gekend', 'doelgroep niet gekend'],
	locatie: ['privaat', 'semi-publiek', 'publiek'],
	acties: [
		'directe hulpverlening',
		'indirecte hulpverlening',
		'participeren in de leefwereld',
		'structureel werk'
	],
	prioritaireDoelstelling: ['maatschappijgericht', 'doelgroepgericht'],
	regie: ['aanbodgericht', 'vraaggericht'],
	focus: ['thema-specifiek', 'integraal', 'categoriaal', 'territoriaal'],
	tijdsbepaling: ['kortdurend', 'langdurend', 'lage intensiteit', 'hoge intensiteit']
} as const;

export type QuickscanParameter = keyof typeof quickscanParameters;
export const quickscanParameterNames = Object.keys(quickscanParameters) as QuickscanParameter[];

/** De Stek's four conditions (randvoorwaarden), in the seed's order. */
export const stekConditions = ['toegankelijk', 'samenwerken', 'participatie', 'autonoom'] as const;
export type StekCondition = (typeof stekConditions)[number];

/** The short scale the worker scores a function or condition on (1 = weak, 5 = strong). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

const noteSchema = freeTextSchema.max(2_000);
const scoredSchema = z.object({
	score: z.number().int().min(SCORE_MIN).max(SCORE_MAX).nullable(),
	note: noteSchema
});
/** A score per name (the four functions, or the four conditions). */
function scoredGroup<const N extends readonly string[]>(names: N) {
	return z.object(
		Object.fromEntries(names.map((name) => [name, scoredSchema])) as Record<
			N[number],
			typeof scoredSchema
		>
	);
}

const positionSchema = <const V extends readonly [string, ...string[]]>(options: V) =>
	z.object({ options: z.array(z.enum(options)).max(options.length), note: noteSchema });

/**
 * The worker's self-evaluation of one year: a position on each Quickscan parameter and a
 * score on each Stek function and condition, each with a note that stays on the device.
 */
export const selfEvaluationSchema = z.object({
	id: idSchema,
	year: z.number().int().min(2000).max(2100),
	quickscan: z.object({
		werkrelatie: positionSchema(quickscanParameters.werkrelatie),
		aanmelding: positionSchema(quickscanParameters.aanmelding),
		doelpubliek: positionSchema(quickscanParameters.doelpubliek),
		locatie: positionSchema(quickscanParameters.locatie),
		acties: positionSchema(quickscanParameters.acties),
		prioritaireDoelstelling: positionSchema(quickscanParameters.prioritaireDoelstelling),
		regie: positionSchema(quickscanParameters.regie),
		focus: positionSchema(quickscanParameters.focus),
		tijdsbepaling: positionSchema(quickscanParameters.tijdsbepaling)
	}),
	functions: scoredGroup(stekFunctions),
	conditions: scoredGroup(stekConditions)
});

export type SelfEvaluation = z.infer<typeof selfEvaluationSchema>;

/** The record id of a year's self-evaluation: one per year, so a second save replaces it. */
export function selfEvaluationId(year: number): string {
	return `self-evaluation-${year}`;
}

/** A year's self-evaluation with nothing chosen yet. */
export function emptySelfEvaluation(year: number): SelfEvaluation {
	const scored = <N extends string>(names: readonly N[]) =>
		Object.fromEntries(names.map((name) => [name, { score: null, note: '' }])) as Record<
			N,
			{ score: null; note: string }
		>;
	return {
		id: selfEvaluationId(year),
		year,
		quickscan: Object.fromEntries(
			quickscanParameterNames.map((name) => [name, { options: [], note: '' }])
		) as unknown as SelfEvaluation['quickscan'],
		functions: scored(stekFunctions),
		conditions: scored(stekConditions)
	};
}
