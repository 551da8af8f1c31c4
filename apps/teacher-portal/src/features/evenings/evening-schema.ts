import { z } from 'zod';
import { addDays, todayIn, zonedInstant } from '../../lib/zoned-time.ts';
import { checkRules, rulesShape, toRules, type RulesValues } from './rules-schema.ts';
import { dateValue, timeValue } from '../../components/form/date-time-schema.ts';

/** The set-up form: sessions as dates and times in the branch's zone, the server makes the slots. */
export function eveningSchema(zone: string) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, 'Give the evening a name parents will recognise.')
        .max(120, 'Keep the name under 120 characters.'),
      sessions: z
        .array(
          z.object({
            date: dateValue().min(1, 'Choose the day.'),
            startTime: timeValue().min(1, 'Choose the start time.'),
            endTime: timeValue().min(1, 'Choose the end time.'),
          }),
        )
        .min(1, 'Add at least one session.'),
      slotMinutes: z
        .number({ error: 'Enter how long each meeting lasts, in minutes.' })
        .int('Use whole minutes.')
        .min(4, 'Meetings last at least 4 minutes.')
        .max(15, 'Meetings last at most 15 minutes.'),
      gapMinutes: z
        .number({ error: 'Enter the gap between meetings in minutes (0 for none).' })
        .int('Use whole minutes.')
        .min(0, 'The gap cannot be negative.')
        .max(30, 'Keep the gap under 30 minutes.'),
      yearGroups: z.array(z.string()),
      classIds: z.array(z.string()),
      teacherIds: z.array(z.string()).min(1, 'Choose at least one teacher.'),
      ...rulesShape,
    })
    .superRefine((v, ctx) => {
      v.sessions.forEach((s, i) => {
        if (!s.date || !s.startTime || !s.endTime) return;
        const start = zonedInstant(s.date, s.startTime, zone);
        const end = zonedInstant(s.date, s.endTime, zone);
        const at = (field: string, message: string) =>
          ctx.addIssue({ code: 'custom', path: ['sessions', i, field], message });
        if (!start) at('startTime', `That time does not exist that day in ${zone} (the clocks change).`);
        else if (!end) at('endTime', `That time does not exist that day in ${zone} (the clocks change).`);
        else if (end <= start) at('endTime', 'The session must end after it starts.');
      });
      checkRules(v, zone, ctx);
    });
}

export type EveningValues = z.infer<ReturnType<typeof eveningSchema>>;

/** A fortnight from today, 16:00–19:00, 5-minute meetings; booking opens in a week at 18:00. */
export function newEveningDefaults(zone: string, now: Date, teacherIds: string[]): EveningValues {
  const today = todayIn(zone, now);
  const rules: RulesValues = {
    opensDate: addDays(today, 7),
    opensTime: '18:00',
    earlyDate: '',
    earlyTime: '',
    closing: 'before-each-session',
    closesDate: '',
    closesTime: '',
    perParentLimit: NaN,
    perChildLimit: NaN,
    householdMode: 'one_per_household',
    parentsMayChangeAfterClose: false,
  };
  return {
    name: '',
    sessions: [{ date: addDays(today, 14), startTime: '16:00', endTime: '19:00' }],
    slotMinutes: 5,
    gapMinutes: 0,
    yearGroups: [],
    classIds: [],
    teacherIds,
    ...rules,
  };
}

/** The API's create input. */
export function toCreateInput(v: EveningValues, zone: string, branchId: string) {
  return {
    branchId,
    name: v.name.trim(),
    sessions: v.sessions,
    slotMinutes: v.slotMinutes,
    gapMinutes: v.gapMinutes,
    yearGroups: v.yearGroups,
    classIds: v.classIds,
    teacherIds: v.teacherIds,
    rules: toRules(v, zone),
  };
}
