import { z } from 'zod';
import { freeTextSchema, idSchema, isoDateSchema } from './common.schema';

export const genders = ['vrouw', 'man', 'x', 'onbekend'] as const;
export const ageBands = ['<18', '18-24', '25-44', '45-64', '65-79', '80+', 'onbekend'] as const;
export const households = [
	'alleenstaand',
	'eenoudergezin',
	'koppel zonder kinderen',
	'gezin met kinderen',
	'andere',
	'onbekend'
] as const;
export const origins = ['Belgisch', 'EU', 'niet-EU', 'onbekend'] as const;
export const yesNoUnknown = ['ja', 'nee', 'onbekend'] as const;
export const intakes = [
	'eigen observatie',
	'persoon zelf',
	'professioneel netwerk',
	'niet-professioneel netwerk',
	'onbekend'
] as const;

/** The profile fields of a person that the report breaks figures down by. */
export const personProfileSchema = z.object({
	gender: z.enum(genders),
	ageBand: z.enum(ageBands),
	household: z.enum(households),
	origin: z.enum(origins),
	dutchHomeLanguage: z.enum(yesNoUnknown),
	knownToSocialService: z.enum(yesNoUnknown),
	intake: z.enum(intakes),
	areaId: idSchema.nullable()
});

/**
 * A pseudonymous person: the worker knows who it is, the app only needs enough to count
 * uniquely. `firstContact` null means "the date of the first registration".
 */
export const personSchema = personProfileSchema.extend({
	id: idSchema,
	alias: z.string().trim().min(1).max(200),
	notes: freeTextSchema,
	firstContact: isoDateSchema.nullable()
});

export type PersonProfile = z.infer<typeof personProfileSchema>;
export type Person = z.infer<typeof personSchema>;

/** The profile of someone nobody can recognise again: every field unknown. */
export const unknownProfile: PersonProfile = {
	gender: 'onbekend',
	ageBand: 'onbekend',
	household: 'onbekend',
	origin: 'onbekend',
	dutchHomeLanguage: 'onbekend',
	knownToSocialService: 'onbekend',
	intake: 'onbekend',
	areaId: null
};
