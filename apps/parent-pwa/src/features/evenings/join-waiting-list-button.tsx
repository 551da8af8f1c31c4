import { useT } from '@edutrack/i18n/react';
import { useJoinWaitingList } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

/** A teacher has no time left for this child: queue for the next time that frees up. */
export function JoinWaitingListButton(props: {
  eveningId: string;
  studentId: string;
  target: { id: string; name: string };
  childName: string;
}) {
  const t = useT();
  const join = useJoinWaitingList();
  if (join.isSuccess) {
    return (
      <p role="status" className="success-note">
        {t('evenings.joinedWaitingList', { teacher: props.target.name })}
      </p>
    );
  }
  return (
    <>
      <OnlineOnlyButton
        type="button"
        className="button secondary"
        action={t('evenings.joiningAction')}
        busy={join.isPending}
        busyLabel={t('evenings.joining')}
        aria-label={t('evenings.joinWaitingListFor', { teacher: props.target.name, child: props.childName })}
        onClick={() =>
          join.mutate({ eveningId: props.eveningId, studentId: props.studentId, targetId: props.target.id })
        }
      >
        {t('evenings.joinWaitingList')}
      </OnlineOnlyButton>
      {join.isError && <ErrorMessage error={join.error} />}
    </>
  );
}
