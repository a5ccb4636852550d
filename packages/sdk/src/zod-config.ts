import * as z from 'zod/mini';

// zod's JIT probes `new Function`, which a strict Content-Security-Policy reports as a violation
// on every page that embeds us; our parsing is not a hot path, so run zod without it.
// Imported by the schema roots and listed in package.json `sideEffects` so bundlers keep it.
z.config({ jitless: true });
