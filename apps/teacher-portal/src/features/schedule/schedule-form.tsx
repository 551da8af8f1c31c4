import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { formatMeetingSpan } from '@edutrack/i18n';
import { newIdempotencyKey } from '@edutrack/web-kit';
import type { Meeting } from '../../api/types.ts';
import { useScheduleMeeting } from '../../api/use-meetings.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { MeetingTimeFields } from '../meetings/meeting-time-fields.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { meetingInstants } from '../../lib/meeting-time-schema.ts';
import { applyServerError } from '../../lib/server-errors.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { SCHEDULE_API_FIELDS, scheduleSchema, type ScheduleValues } from './schedule-schema.ts';
import { StudentPicker } from './student-picker.tsx';
import { TeacherField } from './teacher-field.tsx';

/**
 * Schedules a meeting with a parent. One idempotency key per filled-in form: a double click or a
 * retry after a lost answer books once; a new key is taken after a success.
 */
export function ScheduleForm({ onScheduled }: { onScheduled: (meeting: Meeting) => void }) {
  const { branch, isAdmin, teacherId: actingTeacher } = useWorkspace();
  const zone = branch.timeZone;
  const style = useTimeStyle();
  const schedule = useScheduleMeeting();
  const toast = useToast();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => scheduleSchema(zone, isAdmin), [zone, isAdmin]);
  const form = useForm<ScheduleValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      teacherId: isAdmin ? (actingTeacher ?? '') : '',
      studentId: '',
      guardianId: '',
      date: '',
      startTime: '',
      durationMinutes: 15,
      topic: '',
    },
  });
  const teacherId = form.watch('teacherId') || undefined;
  // A conflict or refusal is about the choice that was sent: once anything changes, it no longer applies.
  useEffect(() => {
    const subscription = form.watch(() => setProblem(null));
    return () => subscription.unsubscribe();
  }, [form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    const instants = meetingInstants(values, zone)!;
    try {
      const meeting = await schedule.mutateAsync({
        teacherId: isAdmin ? values.teacherId : undefined,
        studentId: values.studentId,
        guardianId: values.guardianId,
        ...instants,
        topic: values.topic || null,
        idempotencyKey,
      });
      setIdempotencyKey(newIdempotencyKey());
      toast.show(
        `Meeting scheduled with ${meeting.guardian.name}, ${formatMeetingSpan(meeting.startsAt, meeting.endsAt, style)}.`,
      );
      onScheduled(meeting);
    } catch (error) {
      setProblem(applyServerError(error, form.setError, SCHEDULE_API_FIELDS));
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {isAdmin && <TeacherField />}
        <StudentPicker teacherId={isAdmin ? teacherId : undefined} />
        <MeetingTimeFields zone={zone} />
        <TextField
          label="Topic (optional)"
          hint="The parent sees this in their invitation."
          maxLength={200}
          error={form.formState.errors.topic?.message}
          {...form.register('topic')}
        />
        <FormFooter
          problem={problem}
          busy={form.formState.isSubmitting}
          label="Schedule meeting"
          busyLabel="Scheduling…"
        />
      </form>
    </FormProvider>
  );
}
