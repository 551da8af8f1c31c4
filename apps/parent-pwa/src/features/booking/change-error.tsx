import { describeError } from '@edutrack/web-kit';
import { ErrorMessage } from '../../components/error-message.tsx';
import { BookingConflict } from './booking-conflict.tsx';

/** A failed booking or move: a clash offers other times, anything else explains itself. */
export function ChangeError(props: {
  error: unknown;
  timeZone: string;
  verb: string;
  onPick: (slotId: string) => void;
  disabled?: boolean;
}) {
  if (describeError(props.error).code === 'CONFLICT') return <BookingConflict {...props} />;
  return <ErrorMessage error={props.error} />;
}
