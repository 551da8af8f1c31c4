import { useT } from '@edutrack/i18n/react';
import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../api/types.ts';
import { useCancelMeeting } from '../../api/use-booking.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

/** Cancel with an optional reason for the teacher, behind one confirming step. */
export function CancelMeetingForm({ meeting, onCancelled }: { meeting: Meeting; onCancelled: () => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting();

  if (!confirming) {
    return (
      <OnlineOnlyButton
        type="button"
        className="button danger"
        action={t('meetings.cancellingAction')}
        onClick={() => setConfirming(true)}
      >
        {t('meetings.cancelMeeting')}
      </OnlineOnlyButton>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate({ id: meeting.id, reason: reason.trim() || undefined }, { onSuccess: onCancelled });
  };
  return (
    <form className="stack panel" onSubmit={submit}>
      <h2>{t('meetings.cancelQuestion')}</h2>
      <p>{t('meetings.cancelTold', { teacher: meeting.teacher.displayName })}</p>
      <label className="field">
        <span>{t('meetings.cancelReason', { teacher: meeting.teacher.displayName })}</span>
        <textarea value={reason} maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} />
      </label>
      {cancel.isError && <ErrorMessage error={cancel.error} />}
      <OnlineOnlyButton
        type="submit"
        className="button danger"
        action={t('meetings.cancellingAction')}
        busy={cancel.isPending}
        busyLabel={t('meetings.cancelling')}
      >
        {t('meetings.cancelConfirm')}
      </OnlineOnlyButton>
      <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
        {t('meetings.keep')}
      </button>
    </form>
  );
}
