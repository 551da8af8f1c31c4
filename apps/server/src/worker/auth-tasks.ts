import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { JOB, sendPasswordResetLink, sendSignInLink, type CoreDeps } from '@edutrack/core';

const linkPayload = z.object({ email: z.string() });

/**
 * Emailed links, queued for every accepted request (known address or not). A retry after a crash may
 * send a second link; each works on its own, so that is harmless.
 */
export function authTasks(deps: CoreDeps): TaskList {
  return {
    [JOB.signInLink]: async (payload) => {
      await sendSignInLink(deps, linkPayload.parse(payload));
    },
    [JOB.passwordResetLink]: async (payload) => {
      await sendPasswordResetLink(deps, linkPayload.parse(payload));
    },
  };
}
