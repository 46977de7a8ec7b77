import { deriveKey, KDF_FLOOR, newKdfParams, type KdfParams } from '$lib/crypto';
import { generateDemoData } from '$lib/demo/demo-data';
import { yearPeriod } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import type { ExactReport } from '$lib/report/exact-report.schema';
import type { DeriveKey } from './team-bundle-reader';

/** The passphrase every test bundle is written under. */
export const TEST_TEAM_PASSPHRASE = 'ons team telt samen';

/** A realistic exact report: the demo data of 2022 (about 200 contacts). */
export function sampleExactReport(year = 2022): ExactReport {
	const data = generateDemoData();
	return aggregateReport({ ...data, period: yearPeriod(year), language: 'nl' });
}

/** Fixed KDF parameters at the floor cost (never lower), so one derivation serves many cases. */
export const floorKdf: KdfParams = newKdfParams(KDF_FLOOR);

/**
 * Argon2id memoised per passphrase and parameters. Returns a copy each time, because the
 * reader zeroes the key it was given once it is done with it.
 */
export function memoisedDerive(): DeriveKey {
	const keys = new Map<string, Promise<Uint8Array>>();
	return async (passphrase, params) => {
		const id = JSON.stringify([passphrase, params]);
		let key = keys.get(id);
		if (!key) {
			key = deriveKey(passphrase, params);
			keys.set(id, key);
		}
		return (await key).slice();
	};
}
