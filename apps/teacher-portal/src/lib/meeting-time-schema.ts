import { z } from 'zod';
import { dateValue, timeValue } from '../components/form/date-time-schema.ts';
import { zonedInstant } from './zoned-time.ts';

/** Date, start time and length of a meeting as typed in the branch's zone (schedule and reschedule). */
export const MEETING_LENGTHS = [5, 10, 15, 20, 30, 45, 60, 90, 120];

export const meetingTimeShape = {
  date: dateValue().min(1, 'Choose a date.'),
  startTime: timeValue().min(1, 'Choose a start time.'),
  durationMinutes: z
    .number({ error: 'Choose how long the meeting lasts.' })
    .int()
    .min(5, 'A meeting lasts at least 5 minutes.')
    .max(120, 'A meeting lasts at most 2 hours.'),
};

export interface MeetingTimeValues {
  date: string;
  startTime: string;
  durationMinutes: number;
}

/** The instants a meeting's wall-clock times stand for, or null if the time does not exist there. */
export function meetingInstants(values: MeetingTimeValues, zone: string): { startsAt: string; endsAt: string } | null {
  const start = zonedInstant(values.date, values.startTime, zone);
  if (!start) return null;
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + values.durationMinutes * 60_000).toISOString(),
  };
}

/** Checks a meeting time makes sense before asking the server (which checks again, and for clashes). */
export function checkMeetingTime(values: MeetingTimeValues, zone: string, now: Date, ctx: z.RefinementCtx): void {
  if (!values.date || !values.startTime) return;
  const instants = meetingInstants(values, zone);
  if (!instants) {
    ctx.addIssue({
      code: 'custom',
      path: ['startTime'],
      message: `${values.startTime} does not exist on that day in ${zone} (the clocks change). Choose another time.`,
    });
    return;
  }
  if (new Date(instants.startsAt) < now) {
    ctx.addIssue({
      code: 'custom',
      path: ['startTime'],
      message: 'That time has already passed. Choose a time in the future.',
    });
  }
}
