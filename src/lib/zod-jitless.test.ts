import './zod-jitless';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';

describe('zod in jitless mode', () => {
	it('is set before zod loads, without importing it', () => {
		expect(z.config().jitless).toBe(true);
		expect(z.object({ a: z.string() }).safeParse({ a: 'x' }).success).toBe(true);
	});
});
