import { recordKinds, type RecordKind } from '$lib/domain/record-kinds';

/**
 * Upgrades of a record's content from one schema version to the next, per kind:
 * `steps[kind][n]` turns a version-n record into version n+1. Every record kind is at
 * version 1 today, so there are no steps yet; add one whenever a kind's version rises,
 * with a test that decodes a row written at the old version.
 */
export type UpgradeStep = (value: unknown) => unknown;
export type UpgradeSteps = Partial<Record<RecordKind, Record<number, UpgradeStep>>>;
const steps: UpgradeSteps = {};

export type UpgradeResult =
	| { ok: true; value: unknown }
	| { ok: false; reason: 'newer-version' | 'migration'; detail: string };

/** Brings a decrypted record from `fromVersion` to its kind's current version. */
export function upgradeRecord(
	kind: RecordKind,
	fromVersion: number,
	value: unknown
): UpgradeResult {
	return upgradeWith(steps, kind, fromVersion, recordKinds[kind].version, value);
}

/** Applies `steps` one version at a time, from `fromVersion` up to `target`. */
export function upgradeWith(
	steps: UpgradeSteps,
	kind: RecordKind,
	fromVersion: number,
	target: number,
	value: unknown
): UpgradeResult {
	if (fromVersion > target) {
		return { ok: false, reason: 'newer-version', detail: `version ${fromVersion} > ${target}` };
	}
	let current = value;
	for (let version = fromVersion; version < target; version++) {
		const step = steps[kind]?.[version];
		if (!step) return { ok: false, reason: 'migration', detail: `no step from ${version}` };
		try {
			current = step(current);
		} catch (error) {
			return { ok: false, reason: 'migration', detail: String(error) };
		}
	}
	return { ok: true, value: current };
}
