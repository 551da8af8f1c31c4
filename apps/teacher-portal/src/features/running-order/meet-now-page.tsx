import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { newIdempotencyKey } from '@edutrack/web-kit';
import { useMeetNow } from '../../api/use-running-order.ts';
import { SelectField, TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';
import { StudentPicker } from '../schedule/student-picker.tsx';

const LENGTHS = [10, 15, 20, 30];

const meetNowSchema = z.object({
  studentId: z.string().min(1, 'Choose the child the call is about.'),
  guardianId: z.string().min(1, 'Choose which parent to call.'),
  minutes: z.string(),
  topic: z.string().trim().max(200, 'Keep the topic under 200 characters.'),
});

/**
 * "Meet now": a call with a parent of one of the teacher's students, starting this minute. The parent
 * is told at once (email, and push where they turned it on) and knocks as for any meeting; the
 * teacher goes straight to the call.
 */
export function MeetNowPage() {
  const meetNow = useMeetNow();
  const toast = useToast();
  const [, navigate] = useLocation();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<z.infer<typeof meetNowSchema>>({
    resolver: zodResolver(meetNowSchema),
    defaultValues: { studentId: '', guardianId: '', minutes: '15', topic: '' },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      const meeting = await meetNow.mutateAsync({
        ...values,
        minutes: Number(values.minutes),
        topic: values.topic || null,
        idempotencyKey,
      });
      toast.show(`${meeting.guardian.name} has been told you are ready to meet now.`);
      navigate(`/meetings/${meeting.id}/call`);
    } catch (error) {
      setProblem(applyServerError(error, form.setError, { studentId: 'studentId', guardianId: 'guardianId' }));
    }
  });
  return (
    <>
      <h1>Meet now</h1>
      <p className="muted">
        A video call starting now, with a parent of one of your students. They get an email (and a notification on their
        phone) and knock as for any meeting.
      </p>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="stack panel">
          <StudentPicker teacherId={undefined} />
          <SelectField label="Length" {...form.register('minutes')}>
            {LENGTHS.map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </SelectField>
          <TextField
            label="Topic (optional)"
            maxLength={200}
            error={form.formState.errors.topic?.message}
            {...form.register('topic')}
          />
          <FormFooter problem={problem} busy={form.formState.isSubmitting} label="Call now" busyLabel="Calling…" />
        </form>
      </FormProvider>
    </>
  );
}
