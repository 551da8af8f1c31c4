import { z } from 'zod';

/** Browser tests' own settings: where Chromium is, and whether to watch it. */
const schema = z.object({
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  E2E_HEADED: z.enum(['true', 'false']).default('false'),
});

export const e2eEnv = schema.parse(process.env);
