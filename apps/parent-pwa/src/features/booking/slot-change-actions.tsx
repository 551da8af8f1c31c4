import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { useOnline } from '../../hooks/use-online.ts';
import { ChangeError } from './change-error.tsx';

/**
 * The end of a booking or moving form: what went wrong (with other times to pick after a clash),
 * the submit button, and the way back to the list of times.
 */
export function SlotChangeActions(props: {
  request: { isError: boolean; error: unknown; isPending: boolean };
  timeZone: string;
  verb: string;
  onPick: (slotId: string) => void;
  offlineAction: string;
  submitLabel: string;
  busyLabel: string;
  onBack: () => void;
}) {
  const online = useOnline();
  const { request } = props;
  return (
    <>
      {request.isError && (
        <ChangeError
          error={request.error}
          timeZone={props.timeZone}
          verb={props.verb}
          onPick={props.onPick}
          disabled={request.isPending || !online}
        />
      )}
      <OnlineOnlyButton type="submit" action={props.offlineAction} busy={request.isPending} busyLabel={props.busyLabel}>
        {props.submitLabel}
      </OnlineOnlyButton>
      <button type="button" className="button secondary" onClick={props.onBack}>
        Choose another time
      </button>
    </>
  );
}
