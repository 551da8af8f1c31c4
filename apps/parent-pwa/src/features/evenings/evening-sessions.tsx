import { formatClockSpan, zoneCity } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import type { ParentEvening } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatDayHeading } from '../../lib/format-times.ts';

/** When the evening takes place, in the school's time zone, and how long each meeting lasts. */
export function EveningSessions({ evening }: { evening: ParentEvening }) {
  const t = useT();
  const style = useTimeStyle({ timeZone: evening.timeZone });
  return (
    <div className="evening-facts">
      <ul className="plain-list">
        {evening.sessions.map((session) => (
          <li key={session.id}>
            <strong>{formatDayHeading(new Date(session.startsAt), style)}</strong>,{' '}
            {formatClockSpan(session.startsAt, session.endsAt, style)}{' '}
            <span className="zone">{t('evenings.zoneTime', { city: zoneCity(evening.timeZone) })}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('evenings.meetingLength', { minutes: evening.slotMinutes })}</p>
    </div>
  );
}
