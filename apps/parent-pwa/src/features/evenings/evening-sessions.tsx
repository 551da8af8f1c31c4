import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { formatTime, zoneCity } from '@edutrack/web-kit';
import type { ParentEvening } from '../../api/types.ts';
import { formatDayHeading } from '../../lib/format-times.ts';

/** When the evening takes place, in the school's time zone, and how long each meeting lasts. */
export function EveningSessions({ evening }: { evening: ParentEvening }) {
  const style = useTimeStyle({ timeZone: evening.timeZone });
  const zone = evening.timeZone;
  return (
    <div className="evening-facts">
      <ul className="plain-list">
        {evening.sessions.map((session) => (
          <li key={session.id}>
            <strong>{formatDayHeading(new Date(session.startsAt), style)}</strong>, {formatTime(session.startsAt, zone)}
            –{formatTime(session.endsAt, zone)} <span className="zone">({zoneCity(zone)} time)</span>
          </li>
        ))}
      </ul>
      <p className="hint">
        Each meeting is a {evening.slotMinutes}-minute video call. You can see several teachers one after another.
      </p>
    </div>
  );
}
