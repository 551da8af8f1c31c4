import { useRoomExp } from '@daily-co/daily-react';
import { type Countdown, useCountdown } from '../time/countdown.ts';
import { formatClock } from '@edutrack/i18n';
import type { CallTicket } from '../call-ticket.ts';
import { callTimeStyle } from '../i18n/clock-locale.ts';
import { useLocale, useT } from '@edutrack/i18n/react';

/**
 * Time left in the slot (the appointment's end), a warning near it, and the room's hard stop: Daily
 * removes everyone at the room's expiry (`useRoomExp`; the ticket's closesAt until the room is known).
 * The ticking numbers are not announced; the warnings are, once each, through the live region.
 */
export function CallTimer({
  endsAt,
  closesAt,
  now,
  school,
  timeZone,
}: {
  endsAt: string;
  closesAt: string;
  now: Date;
  school: CallTicket['school'];
  timeZone?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const clock = (instant: Date | string) => formatClock(instant, callTimeStyle(locale, school, timeZone));
  const inWords = (c: Countdown) =>
    c.minutes === 0 ? t('call.timer.underAMinute') : t('call.timer.minutes', { count: c.minutes });
  const { ejectDate } = useRoomExp();
  const hardStop = ejectDate ?? new Date(closesAt);
  const slot = useCountdown(endsAt, now);
  const room = useCountdown(hardStop, now);
  const roomClosingSoon = room.phase !== 'running';

  const notice = roomClosingSoon
    ? t('call.timer.roomClosing', { left: inWords(room), time: clock(hardStop) })
    : slot.phase === 'ending-soon'
      ? t('call.timer.endingSoon', { left: inWords(slot) })
      : slot.phase === 'over'
        ? t('call.timer.over', { time: clock(hardStop) })
        : '';

  return (
    <div className="etm-timer" data-phase={roomClosingSoon ? 'closing' : slot.phase}>
      <p className="etm-timer-clock">
        {slot.phase === 'over' ? (
          <>
            {t('call.timer.roomClosesIn')} <span className="etm-timer-digits">{room.text}</span>
          </>
        ) : (
          <>
            {t('call.timer.timeLeft')} <span className="etm-timer-digits">{slot.text}</span>
          </>
        )}
        <span className="etm-timer-until">
          {' '}
          {t('call.timer.until', { time: clock(slot.phase === 'over' ? hardStop : endsAt) })}
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
