import { calendarDateIn, formatLongDay } from '@edutrack/i18n';
import type { OpenSlot } from '../../api/types.ts';

interface SlotDay {
  /** YYYY-MM-DD in the school's zone */
  date: string;
  label: string;
  slots: OpenSlot[];
}

export interface TeacherSlots {
  teacher: OpenSlot['teacher'];
  timeZone: string;
  studentIds: string[];
  days: SlotDay[];
}

/**
 * Open slots by teacher (as the API orders them: by start) and then by day in the school's zone, the
 * day named in `locale` ("Tuesday 24 November").
 */
export function groupSlots(slots: OpenSlot[], locale: string): TeacherSlots[] {
  const teachers = new Map<string, TeacherSlots>();
  for (const slot of slots) {
    let group = teachers.get(slot.teacher.id);
    if (!group) {
      group = { teacher: slot.teacher, timeZone: slot.timeZone, studentIds: slot.studentIds, days: [] };
      teachers.set(slot.teacher.id, group);
    }
    const start = new Date(slot.startsAt);
    const date = calendarDateIn(start, slot.timeZone);
    let day = group.days.find((d) => d.date === date);
    if (!day) {
      day = { date, label: formatLongDay(start, { locale, zone: slot.timeZone }), slots: [] };
      group.days.push(day);
    }
    day.slots.push(slot);
  }
  return [...teachers.values()].sort((a, b) => a.teacher.displayName.localeCompare(b.teacher.displayName));
}
