import { describe, expect, it } from 'vitest';
import { lockDue, type LockClock } from './lock-decision';

const start = Date.UTC(2026, 10, 30, 9, 0, 0);
const minute = 60_000;
const base: LockClock = {
	now: start,
	lastActivityAt: start,
	hiddenAt: null,
	idleMs: 5 * minute,
	hiddenMs: 30_000
};

describe('lockDue', () => {
	it('keeps a visible page in use unlocked', () => {
		expect(lockDue({ ...base, now: start + 4 * minute })).toBe(false);
	});

	it('locks once the idle limit has passed, even if no timer fired', () => {
		expect(lockDue({ ...base, now: start + 5 * minute })).toBe(true);
		expect(lockDue({ ...base, now: start + 2 * 60 * minute })).toBe(true);
	});

	it('locks a page that was hidden longer than the hidden limit', () => {
		const hidden = { ...base, hiddenAt: start + 10_000 };
		expect(lockDue({ ...hidden, now: start + 39_000 })).toBe(false);
		expect(lockDue({ ...hidden, now: start + 40_000 })).toBe(true);
	});

	it('locks after two hours of frozen timers on a hidden page', () => {
		expect(lockDue({ ...base, hiddenAt: start + 1000, now: start + 2 * 60 * minute })).toBe(true);
	});

	it('follows a longer hidden limit from the settings', () => {
		const hidden = { ...base, hiddenAt: start, hiddenMs: 5 * minute, idleMs: 15 * minute };
		expect(lockDue({ ...hidden, now: start + 4 * minute })).toBe(false);
		expect(lockDue({ ...hidden, now: start + 5 * minute })).toBe(true);
	});

	it('locks when the clock went backwards', () => {
		expect(lockDue({ ...base, now: start - 1 })).toBe(true);
		expect(lockDue({ ...base, hiddenAt: start, lastActivityAt: start - 10, now: start - 5 })).toBe(
			true
		);
	});
});
