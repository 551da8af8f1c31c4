import { formatTime } from '@edutrack/web-kit';
import type { OpenSlot } from '../../api/types.ts';
import { zoneCity } from '../../lib/format-times.ts';
import { groupSlots } from './group-slots.ts';

/**
 * Open times as large buttons, by teacher and day, in the school's time zone. `describeTeacher`
 * adds a line under each teacher's name (e.g. which children they teach).
 */
export function SlotPicker(props: {
  slots: OpenSlot[];
  onPick: (slot: OpenSlot) => void;
  disabled?: boolean;
  describeTeacher?: (studentIds: string[]) => string | null;
}) {
  const groups = groupSlots(props.slots);
  return (
    <div className="slot-picker">
      {groups.map((group) => (
        <section key={group.teacher.id} className="teacher-slots" aria-labelledby={`teacher-${group.teacher.id}`}>
          <h2 id={`teacher-${group.teacher.id}`}>{group.teacher.displayName}</h2>
          {props.describeTeacher?.(group.studentIds) && (
            <p className="hint">{props.describeTeacher(group.studentIds)}</p>
          )}
          {group.days.map((day) => (
            <div key={day.date} className="slot-day">
              <h3>
                {day.label} <span className="zone">({zoneCity(group.timeZone)} time)</span>
              </h3>
              <ul className="slot-grid">
                {day.slots.map((slot) => (
                  <li key={slot.id}>
                    <button
                      type="button"
                      className="slot-button"
                      disabled={props.disabled}
                      aria-label={`${formatTime(slot.startsAt, slot.timeZone)} to ${formatTime(slot.endsAt, slot.timeZone)}, ${day.label}, with ${group.teacher.displayName}`}
                      onClick={() => props.onPick(slot)}
                    >
                      {formatTime(slot.startsAt, slot.timeZone)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
