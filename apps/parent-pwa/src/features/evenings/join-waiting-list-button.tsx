import { describeError } from '@edutrack/web-kit';
import { useJoinWaitingList } from '../../api/use-evenings.ts';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

/** A teacher has no time left for this child: queue for the next time that frees up. */
export function JoinWaitingListButton(props: {
  eveningId: string;
  studentId: string;
  target: { id: string; name: string };
  childName: string;
}) {
  const join = useJoinWaitingList();
  if (join.isSuccess) {
    return (
      <p role="status" className="success-note">
        You're on the waiting list for {props.target.name}. If a time frees up, we'll hold it for you and let you know.
      </p>
    );
  }
  return (
    <>
      <OnlineOnlyButton
        type="button"
        className="button secondary"
        action="Joining the waiting list"
        busy={join.isPending}
        busyLabel="Joining…"
        aria-label={`Join the waiting list for ${props.target.name}, about ${props.childName}`}
        onClick={() =>
          join.mutate({ eveningId: props.eveningId, studentId: props.studentId, targetId: props.target.id })
        }
      >
        Join the waiting list
      </OnlineOnlyButton>
      {join.isError && (
        <p role="alert" className="field-error">
          {describeError(join.error).message}
        </p>
      )}
    </>
  );
}
