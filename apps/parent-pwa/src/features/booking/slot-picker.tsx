import { formatClock, zoneCity } from '@edutrack/i18n';
import { useT } from '@edutrack/i18n/react';
import type { OpenSlot } from '../../api/types.ts';
import { useSchoolLocale } from '../../i18n/use-time-style.ts';
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
  const t = useT();
  // Open slots carry no school locale yet: days and times in the default school style.
  const clockLocale = useSchoolLocale();
  const groups = groupSlots(props.slots, clockLocale);
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
                {day.label} <span className="zone">{t('common.zoneTime', { city: zoneCity(group.timeZone) })}</span>
              </h3>
              <ul className="slot-grid">
                {day.slots.map((slot) => (
                  <li key={slot.id}>
                    <button
                      type="button"
                      className="slot-button"
                      disabled={props.disabled}
                      aria-label={t('common.slotLabel', {
                        start: formatClock(slot.startsAt, { locale: clockLocale, zone: slot.timeZone }),
                        end: formatClock(slot.endsAt, { locale: clockLocale, zone: slot.timeZone }),
                        day: day.label,
                        teacher: group.teacher.displayName,
                      })}
                      onClick={() => props.onPick(slot)}
                    >
                      {formatClock(slot.startsAt, { locale: clockLocale, zone: slot.timeZone })}
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
