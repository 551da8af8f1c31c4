import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Meeting } from '../../api/types.ts';
import { useCancelMeeting } from '../../api/use-meetings.ts';
import { TextAreaField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';
import { applyServerError } from '../../lib/server-errors.ts';

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Tell the parent why the meeting is cancelled.')
    .max(500, 'Keep the reason under 500 characters.'),
});

/** Cancels a meeting with a reason the parent is sent. */
export function CancelMeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const cancel = useCancelMeeting();
  const toast = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    setProblem(null);
    try {
      await cancel.mutateAsync({ id: meeting.id, reason });
      toast.show(`Meeting cancelled. ${meeting.guardian.name} has been told why.`);
      onDone();
    } catch (error) {
      setProblem(applyServerError(error, form.setError, { reason: 'reason' }));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack panel" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">Cancel this meeting</h2>
      <TextAreaField
        label="Reason for cancelling"
        hint={`${meeting.guardian.name} receives this reason by email.`}
        rows={3}
        error={form.formState.errors.reason?.message}
        {...form.register('reason')}
      />
      <FormFooter
        problem={problem}
        busy={form.formState.isSubmitting}
        label="Cancel meeting"
        busyLabel="Cancelling…"
        tone="danger"
      >
        <button type="button" className="button" onClick={onDone}>
          Keep the meeting
        </button>
      </FormFooter>
    </form>
  );
}
