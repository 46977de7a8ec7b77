// zod 4 probes for `new Function` (to compile fast parsers) on its first object parse. Under
// the app's CSP (no 'unsafe-eval') the probe throws, is caught, and still makes browsers
// report a `securitypolicyviolation`. Jitless mode skips the probe. zod keeps its settings on
// `globalThis.__zod_globalConfig` (shared by every copy of zod, created only when missing),
// so this sets jitless there without importing zod: the lock screen (hooks.client.ts) stays
// light, and the setting is in place before any zod module loads. Also in the KDF worker.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
