import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { appointmentRooms } from '@edutrack/db';
import { defineJob } from '../../jobs/define-job.ts';

/** Removes a guest whose invitation was withdrawn from the call (their token cannot be revoked at Daily). */
export const ejectInviteeJob = defineJob({
  name: 'meetings:eject-invitee',
  payload: z.object({ appointmentId: z.uuid(), invitationId: z.uuid() }),
  maxAttempts: 10,
  jobKey: { prefix: 'eject-invitee:', field: 'invitationId' },
  async run(deps, { appointmentId, invitationId }) {
    const [room] = await deps.db
      .select({ name: appointmentRooms.name, status: appointmentRooms.status })
      .from(appointmentRooms)
      .where(eq(appointmentRooms.appointmentId, appointmentId));
    if (!room || room.status === 'deleted') return 'no-room';
    return `ejected ${await deps.video.ejectUser(room.name, invitationId)}`;
  },
});
