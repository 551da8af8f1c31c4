import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatMeetingSpan } from '@edutrack/i18n';
import type { Meeting } from '../../api/types.ts';
import { useRescheduleMeeting } from '../../api/use-meetings.ts';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { MeetingTimeFields } from './meeting-time-fields.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { checkMeetingTime, meetingInstants, meetingTimeShape } from '../../lib/meeting-time-schema.ts';
import { applyServerError } from '../../lib/server-errors.ts';
import { minutesBetween, wallClockIn } from '../../lib/zoned-time.ts';

const API_FIELDS = { startsAt: 'startTime', endsAt: 'durationMinutes' } as const;

/** Moves a meeting to a new date and time (it leaves its published slot, which parents can book again). */
export function RescheduleForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const zone = meeting.branch.timeZone;
  const style = useTimeStyle(zone);
  const reschedule = useRescheduleMeeting();
  const toast = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const length = minutesBetween(meeting.startsAt, meeting.endsAt);
  const schema = useMemo(
    () => z.object(meetingTimeShape).superRefine((v, ctx) => checkMeetingTime(v, zone, new Date(), ctx)),
    [zone],
  );
  const start = wallClockIn(meeting.startsAt, zone);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { date: start.date, startTime: start.time, durationMinutes: length },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    const instants = meetingInstants(values, zone)!;
    try {
      const moved = await reschedule.mutateAsync({ id: meeting.id, ...instants });
      toast.show(
        `Meeting moved to ${formatMeetingSpan(moved.startsAt, moved.endsAt, style)}. ${meeting.guardian.name} has been told.`,
      );
      onDone();
    } catch (error) {
      setProblem(applyServerError(error, form.setError, API_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="stack panel" aria-labelledby="reschedule-heading">
        <h2 id="reschedule-heading">Reschedule</h2>
        <MeetingTimeFields zone={zone} extraLength={length} />
        <FormFooter problem={problem} busy={form.formState.isSubmitting} label="Move meeting" busyLabel="Moving…">
          <button type="button" className="button" onClick={onDone}>
            Keep the current time
          </button>
        </FormFooter>
      </form>
    </FormProvider>
  );
}
