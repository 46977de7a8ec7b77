import { describe, expect, it } from 'vitest';
import { emptyReportText } from '$lib/domain/report-text.schema';
import { emptySelfEvaluation } from '$lib/domain/self-evaluation.schema';
import {
	reportTextOf,
	saveReportText,
	saveSelfEvaluation,
	selfEvaluationOf,
	selfEvaluationsIn
} from './report-content-actions';
import { VaultError } from './vault-error';
import { memoryVault } from '$test-support/state/vault-test-kit';

describe('self-evaluation actions', () => {
	it('keeps one self-evaluation per year: a second save replaces the first', async () => {
		const vault = memoryVault();
		const first = emptySelfEvaluation(2022);
		first.quickscan.regie.options = ['vraaggericht'];
		expect(await saveSelfEvaluation(vault.data, first)).toEqual({ ok: true });
		const again = selfEvaluationOf(vault.data, 2022);
		expect(again.quickscan.regie.options).toEqual(['vraaggericht']);
		again.functions.leren.score = 4;
		await saveSelfEvaluation(vault.data, again);
		await saveSelfEvaluation(vault.data, emptySelfEvaluation(2020));
		expect(vault.data.list('selfEvaluation')).toHaveLength(2);
		expect(selfEvaluationsIn(vault.data, [2021, 2022]).map((e) => e.functions.leren.score)).toEqual(
			[4]
		);
		expect(selfEvaluationOf(vault.data, 2019)).toEqual(emptySelfEvaluation(2019));
	});

	it('refuses a score off the scale and changes nothing', async () => {
		const vault = memoryVault();
		const bad = emptySelfEvaluation(2022);
		bad.conditions.autonoom.score = 9 as never;
		const result = await saveSelfEvaluation(vault.data, bad);
		expect(result).toMatchObject({ ok: false, error: { key: 'selfEvaluation.error.invalid' } });
		expect(vault.commits).toHaveLength(0);
	});
});

describe('report text actions', () => {
	it('stores the worker’s text and reads it back', async () => {
		const vault = memoryVault();
		expect(reportTextOf(vault.data)).toEqual(emptyReportText);
		const text = { ...emptyReportText, organisation: 'SAAMO', chapters: { leren: 'Tekst.' } };
		expect(await saveReportText(vault.data, text)).toEqual({ ok: true });
		expect(reportTextOf(vault.data)).toEqual(text);
	});

	it('refuses a text that is too long, and keeps a full storage’s own message', async () => {
		const vault = memoryVault();
		const long = { ...emptyReportText, author: 'a'.repeat(201) };
		expect(await saveReportText(vault.data, long)).toMatchObject({
			ok: false,
			error: { key: 'reportText.error.invalid' }
		});
		vault.failNext(new VaultError('storage.full'));
		expect(await saveReportText(vault.data, emptyReportText)).toMatchObject({
			ok: false,
			error: { key: 'storage.full' }
		});
		expect(vault.commits).toHaveLength(0);
	});
});
