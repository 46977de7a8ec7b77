import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { withDeadline } from './deadline';
import { DEFAULT_KDF_COST, KDF_CEILING } from './kdf';
import { kdfDeadlineMs } from './derive-key';

describe('withDeadline', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	test('passes on an answer that comes in time', async () => {
		const work = new Promise((resolve) => setTimeout(() => resolve('row'), 500));
		const result = withDeadline(work, 1000, () => new Error('late'));
		await vi.advanceTimersByTimeAsync(500);
		await expect(result).resolves.toBe('row');
	});

	test('passes on a failure that comes in time', async () => {
		const result = withDeadline(Promise.reject(new Error('full')), 1000, () => new Error('late'));
		await expect(result).rejects.toThrow('full');
	});

	test('rejects with its own error when the work never settles', async () => {
		const result = withDeadline(new Promise(() => {}), 1000, () => new Error('late'));
		const seen = expect(result).rejects.toThrow('late');
		await vi.advanceTimersByTimeAsync(999);
		await vi.advanceTimersByTimeAsync(1);
		await seen;
	});
});

describe('kdfDeadlineMs', () => {
	test('leaves a slow phone many times the default cost, and grows with the cost', () => {
		expect(kdfDeadlineMs(DEFAULT_KDF_COST)).toBeGreaterThan(20_000);
		expect(kdfDeadlineMs(KDF_CEILING)).toBeGreaterThan(kdfDeadlineMs(DEFAULT_KDF_COST) + 60_000);
	});
});
