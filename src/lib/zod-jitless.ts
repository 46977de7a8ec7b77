import { z } from 'zod';

// zod 4 probes for `new Function` (to compile fast parsers) on its first object parse. Under
// the app's CSP (no 'unsafe-eval') the probe throws, is caught, and still makes browsers
// report a `securitypolicyviolation`. Jitless mode skips the probe; imported for its effect
// first by the modules that bring zod into the app (vault session, kiosk state; the lock
// screen loads neither before it paints) and in the KDF worker.
z.config({ jitless: true });
