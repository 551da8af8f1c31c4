import { useT } from '@edutrack/i18n/react';
import { useState } from 'react';
import { useCancelEveningMeeting } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

/**
 * Cancels one meeting of the family's evening behind one confirming step (it cannot be undone: the
 * time goes to the next family waiting). The evening is read again, so the meeting leaves the list;
 * `onCancelled` gets the sentence to announce.
 */
export function CancelEveningMeeting(props: {
  appointmentId: string;
  who: string;
  childName: string;
  time: string;
  onCancelled: (message: string) => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const cancel = useCancelEveningMeeting();
  const values = { teacher: props.who, child: props.childName, time: props.time };

  if (!confirming) {
    return (
      <button
        type="button"
        className="button secondary small"
        aria-label={t('evenings.cancelMeetingWith', values)}
        onClick={() => setConfirming(true)}
      >
        {t('evenings.cancelMeeting')}
      </button>
    );
  }
  return (
    <div className="stack cancel-confirm" role="group" aria-label={t('evenings.cancelMeetingWith', values)}>
      <p>{t('evenings.cancelQuestion', values)}</p>
      <div className="cancel-actions">
        <OnlineOnlyButton
          type="button"
          className="button danger small"
          action={t('evenings.cancellingAction')}
          busy={cancel.isPending}
          busyLabel={t('evenings.cancelling')}
          onClick={() =>
            cancel.mutate(
              { appointmentId: props.appointmentId },
              { onSuccess: () => props.onCancelled(t('evenings.cancelledNotice', values)) },
            )
          }
        >
          {t('evenings.cancelConfirm')}
        </OnlineOnlyButton>
        <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
          {t('evenings.cancelKeep')}
        </button>
      </div>
      {cancel.isError && <ErrorMessage error={cancel.error} />}
    </div>
  );
}
