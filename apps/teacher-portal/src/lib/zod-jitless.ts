import { z } from 'zod';

/**
 * zod 4 compiles object parsers with `new Function` and, to know whether it may, probes `Function('')`
 * while the first object schema is built. Our CSP does not permit eval, so that probe is reported as a
 * CSP violation even though zod catches it (zod's own comment on `allowsEval`). `jitless` skips the probe
 * and the compiler. main.tsx imports this module first, before any module that builds a schema.
 */
z.config({ jitless: true });
