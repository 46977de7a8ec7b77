import { z } from 'zod';

// The page's CSP forbids eval, so zod's `new Function` probe would log a CSP violation in
// Firefox and WebKit: zod skips that probe and its compiled fast path everywhere.
z.config({ jitless: true });
