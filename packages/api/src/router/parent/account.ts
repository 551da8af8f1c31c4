import { z } from 'zod';
import { setGuardianLanguage, type ErrorKey } from '@edutrack/core';
import { LANGUAGES } from '@edutrack/i18n';
import { parentProcedure, router } from '../../trpc.ts';

/** The signed-in parent's own settings. */
export const parentAccountRouter = router({
  /** The language of the app on their devices and of every email and push they receive. */
  setLanguage: parentProcedure
    .input(z.object({ language: z.enum(LANGUAGES, 'errors.input.chooseLanguage' satisfies ErrorKey) }))
    .mutation(async ({ ctx, input }) => {
      await setGuardianLanguage(ctx.deps, ctx.guardian, input.language);
      return { language: input.language };
    }),
});
