import { describe, expect, it } from 'vitest';
import { upgradeRecord, upgradeWith, type UpgradeSteps } from './record-migrations';

describe('record migrations', () => {
	it('leaves a record at the current version as it is', () => {
		const value = { id: 'abc', alias: 'Ada' };
		expect(upgradeRecord('person', 1, value)).toEqual({ ok: true, value });
	});

	it('refuses a record from a newer version of the app instead of guessing', () => {
		expect(upgradeRecord('person', 2, {})).toMatchObject({ ok: false, reason: 'newer-version' });
	});

	it('applies each step in order, one version at a time', () => {
		const steps: UpgradeSteps = {
			person: {
				1: (value) => ({ ...(value as object), nickname: (value as { alias: string }).alias }),
				2: (value) => ({ ...(value as object), notes: '' })
			}
		};
		expect(upgradeWith(steps, 'person', 1, 3, { alias: 'Ada' })).toEqual({
			ok: true,
			value: { alias: 'Ada', nickname: 'Ada', notes: '' }
		});
	});

	it('reports a missing or failing step rather than losing the record', () => {
		const steps: UpgradeSteps = {
			person: {
				1: () => {
					throw new Error('bad data');
				}
			}
		};
		expect(upgradeWith(steps, 'person', 1, 2, {})).toMatchObject({
			ok: false,
			reason: 'migration'
		});
		expect(upgradeWith({}, 'person', 1, 2, {})).toMatchObject({ ok: false, reason: 'migration' });
	});
});
