import { router } from '../../trpc.ts';
import { parentAccountRouter } from './account.ts';
import { parentAppointmentsRouter } from './appointments.ts';
import { parentAvailabilityRouter } from './availability.ts';
import { parentDirectoryRouter } from './directory.ts';
import { parentEveningsRouter } from './evenings.ts';
import { parentGuestsRouter } from './guests.ts';
import { parentMeetingsRouter } from './meetings.ts';
import { parentPushRouter } from './push.ts';

/** The parent app's procedures, split by domain as the staff ones are. */
export const parentRouter = router({
  directory: parentDirectoryRouter,
  availability: parentAvailabilityRouter,
  appointments: parentAppointmentsRouter,
  meetings: parentMeetingsRouter,
  evenings: parentEveningsRouter,
  guests: parentGuestsRouter,
  push: parentPushRouter,
  account: parentAccountRouter,
});
