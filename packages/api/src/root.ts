import { authRouter } from './router/auth.ts';
import { guestLinkRouter } from './router/guest-link.ts';
import { parentRouter } from './router/parent/index.ts';
import { staffRouter } from './router/staff/index.ts';
import { router } from './trpc.ts';

/**
 * Grouped by audience: `staff.*` uses the staff session (teacher portal), `parent.*` the parent
 * session (parent app), so a device signed in as both never mixes them up.
 */
export const appRouter = router({
  auth: authRouter,
  staff: staffRouter,
  parent: parentRouter,
  /** A parent's invitee, through their meeting link (no session). */
  guest: guestLinkRouter,
});

export type AppRouter = typeof appRouter;
