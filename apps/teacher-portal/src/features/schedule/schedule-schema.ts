import { z } from 'zod';
import { checkMeetingTime, meetingTimeShape } from '../../lib/meeting-time-schema.ts';

/** The schedule form; `needsTeacher` for admins, who schedule on a teacher's behalf. */
export function scheduleSchema(zone: string, needsTeacher: boolean) {
  return z
    .object({
      teacherId: z.string(),
      studentId: z.string().min(1, 'Choose the child the meeting is about.'),
      guardianId: z.string().min(1, 'Choose which parent to meet.'),
      ...meetingTimeShape,
      topic: z.string().trim().max(200, 'Keep the topic under 200 characters.'),
    })
    .superRefine((values, ctx) => {
      if (needsTeacher && !values.teacherId) {
        ctx.addIssue({ code: 'custom', path: ['teacherId'], message: 'Choose the teacher the meeting is with.' });
      }
      checkMeetingTime(values, zone, new Date(), ctx);
    });
}

export type ScheduleValues = z.infer<ReturnType<typeof scheduleSchema>>;

/** Where the server's field names land in this form. */
export const SCHEDULE_API_FIELDS = {
  teacherId: 'teacherId',
  studentId: 'studentId',
  guardianId: 'guardianId',
  startsAt: 'startTime',
  endsAt: 'durationMinutes',
  topic: 'topic',
} as const;
