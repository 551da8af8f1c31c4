import { useId, useState, type FormEvent } from 'react';
import type { Meeting } from '../api/types.ts';
import { useCancelMeeting } from '../api/use-booking.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { OfflineHint } from '../components/offline-hint.tsx';
import { useOnline } from '../hooks/use-online.ts';

/** Cancel with an optional reason for the teacher, behind one confirming step. */
export function CancelMeetingForm({ meeting, onCancelled }: { meeting: Meeting; onCancelled: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting();
  const online = useOnline();
  const hintId = useId();

  if (!confirming) {
    return (
      <div className="stack">
        <button type="button" className="button danger" disabled={!online} aria-describedby={online ? undefined : hintId} onClick={() => setConfirming(true)}>
          Cancel meeting
        </button>
        {!online && <OfflineHint id={hintId} action="Cancelling" />}
      </div>
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
      {!online && <OfflineHint id={hintId} action="Cancelling" />}
      <button type="submit" className="button danger" disabled={cancel.isPending || !online}>
        {cancel.isPending ? 'Cancelling…' : 'Yes, cancel the meeting'}
      </button>
      <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
        Keep the meeting
      </button>
    </form>
  );
}
