import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../api/types.ts';
import { useCancelMeeting } from '../../api/use-booking.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

/** Cancel with an optional reason for the teacher, behind one confirming step. */
export function CancelMeetingForm({ meeting, onCancelled }: { meeting: Meeting; onCancelled: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting();

  if (!confirming) {
    return (
      <OnlineOnlyButton type="button" className="button danger" action="Cancelling" onClick={() => setConfirming(true)}>
        Cancel meeting
      </OnlineOnlyButton>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate({ id: meeting.id, reason: reason.trim() || undefined }, { onSuccess: onCancelled });
  };
  return (
    <form className="stack panel" onSubmit={submit}>
      <h2>Cancel this meeting?</h2>
      <p>{meeting.teacher.displayName} will be told by email.</p>
      <label className="field">
        <span>Reason (optional, shown to {meeting.teacher.displayName})</span>
        <textarea value={reason} maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} />
      </label>
      {cancel.isError && <ErrorMessage error={cancel.error} />}
      <OnlineOnlyButton
        type="submit"
        className="button danger"
        action="Cancelling"
        busy={cancel.isPending}
        busyLabel="Cancelling…"
      >
        Yes, cancel the meeting
      </OnlineOnlyButton>
      <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
        Keep the meeting
      </button>
    </form>
  );
}
