import { describeError } from '@edutrack/web-kit';
import { ErrorMessage } from '../../components/error-message.tsx';
import { BookingConflict } from './booking-conflict.tsx';
import type { SlotChange } from './slot-change-actions.tsx';

/** A failed booking or move: a clash offers other times, anything else explains itself. */
export function ChangeError(props: {
  change: SlotChange;
  error: unknown;
  timeZone: string;
  onPick: (slotId: string) => void;
  disabled?: boolean;
}) {
  if (describeError(props.error).code === 'CONFLICT') return <BookingConflict {...props} />;
  return <ErrorMessage error={props.error} />;
}
