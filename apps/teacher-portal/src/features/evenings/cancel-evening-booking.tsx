import { useState, type FormEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import { useCancelEveningBooking } from '../../api/use-evenings.ts';
import { TextAreaField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { useToast } from '../../components/toast/toast-provider.tsx';

/**
 * Cancels one family's evening booking behind a confirming step, with an optional reason that goes
 * into the cancellation email the family is sent. The freed time is offered to the teacher's waiting list.
 */
export function CancelEveningBooking(props: {
  appointmentId: string;
  time: string;
  parentName: string;
  studentName: string;
}) {
  const cancel = useCancelEveningBooking();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const who = `${props.parentName}, parent of ${props.studentName}`;
  if (!confirming) {
    return (
      <button
        type="button"
        className="button small"
        aria-label={`Cancel the ${props.time} booking of ${who}`}
        onClick={() => setConfirming(true)}
      >
        Cancel booking
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate(
      { appointmentId: props.appointmentId, reason: reason.trim() || undefined },
      { onSuccess: () => toast.show(`Booking at ${props.time} cancelled. ${props.parentName} has been emailed.`) },
    );
  };
  return (
    <form className="stack panel" onSubmit={submit} aria-label={`Cancel the ${props.time} booking of ${who}`}>
      <p>
        {props.parentName} is emailed that the {props.time} meeting about {props.studentName} is cancelled, and the time
        is offered to the first family on the teacher’s waiting list.
      </p>
      <TextAreaField
        label="Reason (optional)"
        hint={`Included in the email to ${props.parentName}.`}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <FormFooter
        problem={cancel.isError ? describeError(cancel.error).message : null}
        busy={cancel.isPending}
        label="Cancel booking"
        busyLabel="Cancelling…"
        tone="danger"
      >
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          Keep the booking
        </button>
      </FormFooter>
    </form>
  );
}
