import { formatClockSpan } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import type { ReactNode } from 'react';
import { useTimeStyle } from '../../i18n/use-time-style.ts';
import { withStrong } from './with-strong.tsx';

export interface ItineraryStop {
  key: string;
  startsAt: string;
  endsAt: string;
  /** The teacher, or the teachers of a joint meeting. */
  who: string;
  childName: string;
}

/**
 * Meetings in the order the family will have them, across teachers and children, with any wait
 * between two of them said in minutes. `actions` adds controls under a meeting.
 */
export function ItineraryList(props: {
  stops: ItineraryStop[];
  timeZone: string;
  actions?: (stop: ItineraryStop) => ReactNode;
}) {
  const t = useT();
  const style = useTimeStyle({ timeZone: props.timeZone });
  const stops = [...props.stops].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return (
    <ol className="itinerary">
      {stops.map((stop, index) => {
        const previous = stops[index - 1];
        const wait = previous ? Math.round((Date.parse(stop.startsAt) - Date.parse(previous.endsAt)) / 60_000) : 0;
        return (
          <li key={stop.key} className="itinerary-stop">
            {wait > 0 && <p className="itinerary-wait">{t('evenings.waitBetween', { minutes: wait })}</p>}
            <p className="itinerary-time">{formatClockSpan(stop.startsAt, stop.endsAt, style)}</p>
            <p className="itinerary-who">
              {withStrong(
                (teacher) => t('evenings.teacherAboutChild', { teacher, child: stop.childName }),
                stop.who,
                '',
              )}
            </p>
            {props.actions?.(stop)}
          </li>
        );
      })}
    </ol>
  );
}
