// Runs before any page or schema of the app: zod must parse without its `new Function` probe.
import '$lib/zod-jitless';
