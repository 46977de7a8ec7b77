import { z } from 'zod';
import { idSchema } from '$lib/domain/common.schema';
import { activityKinds } from '$lib/domain/taxonomy.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { ImportIssue, ImportOutcome, LabelDecisions, UnknownLabel } from './import-types';

const decisionSchema = z.discriminatedUnion('action', [
	z.object({ action: z.literal('add'), activityKind: z.enum(activityKinds).optional() }),
	z.object({ action: z.literal('map'), toId: idSchema })
]);

export interface ResolvedLabels {
	/** The taxonomy id of each unknown label, by its key. */
	ids: Map<string, string>;
	/** The items to add, in the order the labels first appear. */
	items: TaxonomyItem[];
}

function nextOrders(taxonomy: readonly TaxonomyItem[]): Map<string, number> {
	const next = new Map<string, number>();
	for (const item of taxonomy)
		next.set(item.list, Math.max(next.get(item.list) ?? 0, item.order + 1));
	return next;
}

function decisionFor(decisions: LabelDecisions, key: string): unknown {
	const usable =
		typeof decisions === 'object' && decisions !== null && Object.hasOwn(decisions, key);
	return usable ? decisions[key] : undefined;
}

/**
 * Applies the worker's decision to every unknown label: `add` makes a new item at the end
 * of its list (a new activity is `individual` unless said otherwise), `map` points at an
 * existing item of the same list (archived allowed). Any label left undecided, or mapped
 * to an item that is not in that list, is an error: nothing is resolved half.
 */
export function resolveLabels(
	unknown: readonly UnknownLabel[],
	decisions: LabelDecisions,
	taxonomy: readonly TaxonomyItem[],
	makeId: () => string
): ImportOutcome<ResolvedLabels, ImportIssue> {
	const errors: ImportIssue[] = [];
	const ids = new Map<string, string>();
	const items: TaxonomyItem[] = [];
	const orders = nextOrders(taxonomy);
	for (const { key, list, label } of unknown) {
		const decision = decisionSchema.safeParse(decisionFor(decisions, key));
		if (!decision.success) {
			errors.push({ code: 'undecidedLabel', params: { list, label } });
		} else if (decision.data.action === 'map') {
			const toId = decision.data.toId;
			const target = taxonomy.find((item) => item.id === toId && item.list === list);
			if (target) ids.set(key, target.id);
			else errors.push({ code: 'unknownTarget', params: { list, label, toId } });
		} else {
			const id = makeId();
			const order = orders.get(list) ?? 0;
			orders.set(list, order + 1);
			const activityKind =
				list === 'activities' ? (decision.data.activityKind ?? 'individual') : null;
			items.push({ id, list, label, labelEn: null, archived: false, order, activityKind });
			ids.set(key, id);
		}
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { ids, items } };
}
