import { useT } from '@edutrack/i18n/react';
import { useLeaveWaitingList } from '../../api/use-evenings.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

/** Takes the family off one teacher's waiting list (nothing is booked, so no confirming step). */
export function LeaveWaitingListButton(props: {
  entryId: string;
  teacher: string;
  childName: string;
  onLeft: (message: string) => void;
}) {
  const t = useT();
  const leave = useLeaveWaitingList();
  const values = { teacher: props.teacher, child: props.childName };
  return (
    <>
      <OnlineOnlyButton
        type="button"
        className="button secondary small"
        action={t('evenings.leavingAction')}
        busy={leave.isPending}
        busyLabel={t('evenings.leaving')}
        aria-label={t('evenings.leaveWaitingListFor', values)}
        onClick={() =>
          leave.mutate({ entryId: props.entryId }, { onSuccess: () => props.onLeft(t('evenings.leftNotice', values)) })
        }
      >
        {t('evenings.leaveWaitingList')}
      </OnlineOnlyButton>
      {leave.isError && <ErrorMessage error={leave.error} />}
    </>
  );
}
