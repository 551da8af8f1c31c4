import { formatMeetingSpan } from '@edutrack/i18n';
import type { EveningDetail } from '../../api/types.ts';
import { useTimeStyle } from '../../i18n/use-time-style.ts';

type Teacher = EveningDetail['teachers'][number];

/**
 * Which of the evening's sessions one teacher takes part in (none chosen at set-up: all of them).
 * The last one cannot be unticked: a teacher with no session takes no part; removing them does that.
 */
export function TeacherSessions(props: {
  evening: EveningDetail;
  teacher: Teacher;
  busy: boolean;
  onChange: (sessionIds: string[] | null) => void;
}) {
  const { evening, teacher } = props;
  const style = useTimeStyle(evening.timeZone);
  if (evening.sessions.length < 2) return null;
  const chosen = new Set(teacher.sessionIds ?? evening.sessions.map((s) => s.id));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    // Every session again is the default (null), so sessions added to the evening later include them.
    props.onChange(
      next.size === evening.sessions.length ? null : evening.sessions.map((s) => s.id).filter((s) => next.has(s)),
    );
  };
  return (
    <fieldset className="teacher-sessions">
      <legend>Sessions {teacher.displayName} takes part in</legend>
      {evening.sessions.map((s) => (
        <label key={s.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.has(s.id)}
            disabled={props.busy || (chosen.has(s.id) && chosen.size === 1)}
            onChange={() => toggle(s.id)}
          />
          <span className="choice-label">{formatMeetingSpan(s.startsAt, s.endsAt, style)}</span>
        </label>
      ))}
    </fieldset>
  );
}
