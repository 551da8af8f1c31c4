import { router } from '../../trpc.ts';
import { staffAppointmentsRouter } from './appointments.ts';
import { staffAvailabilityRouter } from './availability.ts';
import { staffDirectoryRouter } from './directory.ts';
import { staffEveningsRouter } from './evenings.ts';
import { staffMeetingsRouter } from './meetings.ts';
import { staffNotificationsRouter } from './notifications.ts';

/** The staff portal's procedures, split by domain as the parent ones are. */
export const staffRouter = router({
  directory: staffDirectoryRouter,
  availability: staffAvailabilityRouter,
  appointments: staffAppointmentsRouter,
  meetings: staffMeetingsRouter,
  evenings: staffEveningsRouter,
  notifications: staffNotificationsRouter,
});
