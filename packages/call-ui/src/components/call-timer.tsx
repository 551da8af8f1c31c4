import { useRoomExp } from '@daily-co/daily-react';
import { useCountdown } from '../time/countdown.ts';
import { formatClockTime } from '../time/format-time.ts';

/**
 * Time left in the slot (the appointment's end), a warning near it, and the room's hard stop: Daily
 * removes everyone at the room's expiry (`useRoomExp`; the ticket's closesAt until the room is known).
 * The ticking numbers are not announced; the warnings are, once each, through the live region.
 */
export function CallTimer({
  endsAt,
  closesAt,
  now,
  timeZone,
}: {
  endsAt: string;
  closesAt: string;
  now: Date;
  timeZone?: string;
}) {
  const { ejectDate } = useRoomExp();
  const hardStop = ejectDate ?? new Date(closesAt);
  const slot = useCountdown(endsAt, now);
  const room = useCountdown(hardStop, now);
  const roomClosingSoon = room.phase !== 'running';

  const notice = roomClosingSoon
    ? `The video room closes in ${room.words}. Everyone will be disconnected at ${formatClockTime(hardStop, timeZone)}.`
    : slot.phase === 'ending-soon'
      ? `About ${slot.words} left in this meeting. Time to wrap up.`
      : slot.phase === 'over'
        ? `The meeting's time is up. The video room stays open until ${formatClockTime(hardStop, timeZone)}.`
        : '';

  return (
    <div className="etm-timer" data-phase={roomClosingSoon ? 'closing' : slot.phase}>
      <p className="etm-timer-clock">
        {slot.phase === 'over' ? (
          <>
            Room closes in <span className="etm-timer-digits">{room.text}</span>
          </>
        ) : (
          <>
            Time left <span className="etm-timer-digits">{slot.text}</span>
          </>
        )}
        <span className="etm-timer-until">
          {' '}
          (until {formatClockTime(slot.phase === 'over' ? hardStop : endsAt, timeZone)})
        </span>
      </p>
      <p
        className="etm-timer-notice"
        role="status"
        data-warning={slot.phase !== 'running' || roomClosingSoon || undefined}
      >
        {notice}
      </p>
    </div>
  );
}
