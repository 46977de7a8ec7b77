import fc from 'fast-check';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { taxonomyItemSchema } from '$lib/domain/taxonomy.schema';
import { exportTaxonomy } from '$lib/taxonomy/export-taxonomy';
import { planTaxonomyImport } from '$lib/taxonomy/plan-taxonomy-import';
import { readTaxonomyFile } from '$lib/taxonomy/read-taxonomy-file';

/** Runs per property in the unit tests; a benchmark passes 10,000 to `checkTaxonomyFileNeverThrows`. */
export const TAXONOMY_FUZZ_RUNS = 300;

const current = defaultTaxonomy();
const uses = new Map([[current[0]?.id ?? 'x', 3]]);
const valid: unknown = exportTaxonomy(current);

type Edit = { path: number[]; value: unknown; kind: 'replace' | 'delete' | 'copy' };

const oddValues = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }),
	fc.constantFrom('', ' ', 'a|b', 'ab', 'x'.repeat(65), 'x'.repeat(201), 'théme', 1e308, -1, 0.5),
	fc.constantFrom('stekboek-taxonomy', 1, 2, null, true, [], {})
);

const edit: fc.Arbitrary<Edit> = fc.record({
	path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
	value: oddValues,
	kind: fc.constantFrom('replace', 'delete', 'copy')
});

/** Follows `path` through a copy of `value` (numbers pick a key) and damages what it finds. */
function damage(value: unknown, { path, value: replacement, kind }: Edit): unknown {
	if (typeof value !== 'object' || value === null) return replacement;
	const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
	const keys = Object.keys(copy);
	const key = keys[(path[0] ?? 0) % Math.max(keys.length, 1)];
	if (key === undefined) return copy;
	if (path.length > 1)
		copy[key] = damage(copy[key], { path: path.slice(1), value: replacement, kind });
	else if (kind === 'delete') delete copy[key];
	else if (kind === 'copy' && Array.isArray(copy)) copy.push(copy[key]);
	else copy[key] = replacement;
	return copy;
}

/** Any text: binary noise, any JSON, and valid exports damaged at random places (key 2 is `lists`). */
export const taxonomyTexts: fc.Arbitrary<string> = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.json({ maxDepth: 4 }),
	fc
		.array(edit, { minLength: 1, maxLength: 5 })
		.map((edits) => JSON.stringify(edits.reduce(damage, valid))),
	fc
		.array(edit, { minLength: 1, maxLength: 5 })
		.map((edits) =>
			JSON.stringify(edits.map((e) => ({ ...e, path: [2, ...e.path] })).reduce(damage, valid))
		),
	fc.tuple(fc.nat(), fc.string({ maxLength: 6 })).map(([at, junk]) => {
		const text = JSON.stringify(valid);
		const cut = at % text.length;
		return `${text.slice(0, cut)}${junk}${text.slice(cut + junk.length)}`;
	})
);

/**
 * Checks that reading and planning never throw, that a refusal always says why, and that
 * an accepted file only ever yields items the domain schema accepts. Throws (for the test
 * runner) with the failing input otherwise.
 */
export function checkTaxonomyFileNeverThrows(
	runs: number = TAXONOMY_FUZZ_RUNS,
	seed?: number
): void {
	fc.assert(
		fc.property(taxonomyTexts, (text) => {
			const file = readTaxonomyFile(text);
			if (!file.ok) {
				if (file.errors.length === 0) throw new Error('refused without a reason');
				return;
			}
			const plan = planTaxonomyImport(file.value, current, uses);
			if (!plan.ok) {
				if (plan.errors.length === 0) throw new Error('plan refused without a reason');
				return;
			}
			for (const change of plan.value.changes)
				if (!taxonomyItemSchema.safeParse(change.after).success)
					throw new Error(`invalid item ${JSON.stringify(change.after)}`);
		}),
		{ numRuns: runs, seed }
	);
}
