import {
	emptyReportText,
	REPORT_TEXT_ID,
	reportTextSchema,
	type ReportText
} from '$lib/domain/report-text.schema';
import {
	emptySelfEvaluation,
	selfEvaluationId,
	selfEvaluationSchema,
	type SelfEvaluation
} from '$lib/domain/self-evaluation.schema';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';
import { VaultError } from './vault-error';

/** The stored self-evaluation of a year, or an empty one to fill in. */
export function selfEvaluationOf(data: Pick<VaultData, 'get'>, year: number): SelfEvaluation {
	return data.get('selfEvaluation', selfEvaluationId(year)) ?? emptySelfEvaluation(year);
}

/** Every stored self-evaluation whose year lies in `years`, oldest first. */
export function selfEvaluationsIn(
	data: Pick<VaultData, 'list'>,
	years: readonly number[]
): SelfEvaluation[] {
	return data
		.list('selfEvaluation')
		.filter((evaluation) => years.includes(evaluation.year))
		.sort((a, b) => a.year - b.year);
}

/** Stores a year's self-evaluation (one per year: it replaces the earlier one). */
export function saveSelfEvaluation(data: VaultData, draft: SelfEvaluation): Promise<ActionResult> {
	return runAction(async () => {
		const parsed = selfEvaluationSchema.safeParse({ ...draft, id: selfEvaluationId(draft.year) });
		if (!parsed.success) throw new VaultError('selfEvaluation.error.invalid');
		await data.commit([{ op: 'put', kind: 'selfEvaluation', record: parsed.data }]);
	});
}

/** The worker's report text, or an empty one. */
export function reportTextOf(data: Pick<VaultData, 'get'>): ReportText {
	return data.get('reportText', REPORT_TEXT_ID) ?? emptyReportText;
}

/** Stores the worker's report text; text too long for its field is refused, nothing changes. */
export function saveReportText(data: VaultData, draft: ReportText): Promise<ActionResult> {
	return runAction(async () => {
		const parsed = reportTextSchema.safeParse(draft);
		if (!parsed.success) throw new VaultError('reportText.error.invalid');
		await data.commit([{ op: 'put', kind: 'reportText', record: parsed.data }]);
	});
}
