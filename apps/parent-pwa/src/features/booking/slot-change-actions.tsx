import { useT } from '@edutrack/i18n/react';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { useOnline } from '../../hooks/use-online.ts';
import { ChangeError } from './change-error.tsx';

/** What a form asks for: a new booking, or moving a meeting (the messages select their words by it). */
export type SlotChange = 'book' | 'move';

/**
 * The end of a booking or moving form: what went wrong (with other times to pick after a clash),
 * the submit button, and the way back to the list of times.
 */
export function SlotChangeActions(props: {
  change: SlotChange;
  request: { isError: boolean; error: unknown; isPending: boolean };
  timeZone: string;
  onPick: (slotId: string) => void;
  onBack: () => void;
}) {
  const t = useT();
  const online = useOnline();
  const { request, change } = props;
  return (
    <>
      {request.isError && (
        <ChangeError
          change={change}
          error={request.error}
          timeZone={props.timeZone}
          onPick={props.onPick}
          disabled={request.isPending || !online}
        />
      )}
      <OnlineOnlyButton
        type="submit"
        action={t('booking.action', { change })}
        busy={request.isPending}
        busyLabel={t('booking.busy', { change })}
      >
        {t('booking.submit', { change })}
      </OnlineOnlyButton>
      <button type="button" className="button secondary" onClick={props.onBack}>
        {t('booking.backToTimes')}
      </button>
    </>
  );
}
