import { authRouter } from './router/auth.ts';
import { parentRouter } from './router/parent.ts';
import { staffAppointmentsRouter } from './router/staff-appointments.ts';
import { staffAvailabilityRouter } from './router/staff-availability.ts';
import { staffDirectoryRouter } from './router/staff-directory.ts';
import { staffMeetingsRouter } from './router/staff-meetings.ts';
import { staffNotificationsRouter } from './router/staff-notifications.ts';
import { router } from './trpc.ts';

/**
 * Grouped by audience: `staff.*` uses the staff session (teacher portal), `parent.*` the parent
 * session (parent app), so a device signed in as both never mixes them up.
 */
export const appRouter = router({
  auth: authRouter,
  staff: router({
    directory: staffDirectoryRouter,
    availability: staffAvailabilityRouter,
    appointments: staffAppointmentsRouter,
    meetings: staffMeetingsRouter,
    notifications: staffNotificationsRouter,
  }),
  parent: parentRouter,
});

export type AppRouter = typeof appRouter;
