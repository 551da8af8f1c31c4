import { z } from 'zod';
import { wallClockIn, zonedInstant } from '../../lib/zoned-time.ts';
import { dateValue, timeValue } from '../../components/form/date-time-schema.ts';

/**
 * Booking rules as typed in the form: dates and times are wall-clock values in the branch's zone,
 * limits are numbers or empty (no limit). `toRules` turns them into the API's instants.
 */
const limit = z.union([
  z.nan(),
  z
    .number()
    .int('Use a whole number of meetings.')
    .min(1, 'Allow at least 1 meeting, or leave it empty.')
    .max(50, 'Use at most 50, or leave it empty.'),
]);

export const rulesShape = {
  opensDate: dateValue().min(1, 'Choose the day booking opens.'),
  opensTime: timeValue().min(1, 'Choose the time booking opens.'),
  earlyDate: dateValue(),
  earlyTime: timeValue(),
  closing: z.enum(['before-each-session', 'at']),
  closesDate: dateValue(),
  closesTime: timeValue(),
  perParentLimit: limit,
  perChildLimit: limit,
  householdMode: z.enum(['one_per_household', 'per_parent']),
  parentsMayChangeAfterClose: z.boolean(),
};

export type RulesValues = z.infer<z.ZodObject<typeof rulesShape>>;

export function checkRules(v: RulesValues, zone: string, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const opens = zonedInstant(v.opensDate, v.opensTime, zone);
  if (v.opensDate && v.opensTime && !opens)
    issue('opensTime', `That time does not exist that day in ${zone} (the clocks change).`);
  if (v.earlyDate || v.earlyTime) {
    const early = zonedInstant(v.earlyDate, v.earlyTime, zone);
    if (!early) issue('earlyDate', 'Choose both the day and the time early booking opens, or leave both empty.');
    else if (opens && early >= opens) issue('earlyDate', 'Early booking must open before booking opens for everyone.');
  }
  if (v.closing === 'at') {
    const closes = zonedInstant(v.closesDate, v.closesTime, zone);
    if (!closes) issue('closesDate', 'Choose the day and time booking closes.');
    else if (opens && closes <= opens) issue('closesDate', 'Booking must close after it opens.');
  }
}

const instant = (date: string, time: string, zone: string) => zonedInstant(date, time, zone)?.toISOString() ?? null;
const orNull = (n: number) => (Number.isNaN(n) ? null : n);

/** The API's `rules`. */
export function toRules(v: RulesValues, zone: string) {
  return {
    opensAt: instant(v.opensDate, v.opensTime, zone)!,
    earlyAccessOpensAt: v.earlyDate && v.earlyTime ? instant(v.earlyDate, v.earlyTime, zone) : null,
    closesAt: v.closing === 'at' ? instant(v.closesDate, v.closesTime, zone) : null,
    perParentLimit: orNull(v.perParentLimit),
    perChildLimit: orNull(v.perChildLimit),
    householdMode: v.householdMode,
    parentsMayChangeAfterClose: v.parentsMayChangeAfterClose,
  };
}

/** The form's values for rules the API returned (to change them). */
export function rulesValues(rules: ReturnType<typeof toRules>, zone: string): RulesValues {
  const opens = wallClockIn(rules.opensAt, zone);
  const early = rules.earlyAccessOpensAt ? wallClockIn(rules.earlyAccessOpensAt, zone) : null;
  const closes = rules.closesAt ? wallClockIn(rules.closesAt, zone) : null;
  return {
    opensDate: opens.date,
    opensTime: opens.time,
    earlyDate: early?.date ?? '',
    earlyTime: early?.time ?? '',
    closing: closes ? 'at' : 'before-each-session',
    closesDate: closes?.date ?? '',
    closesTime: closes?.time ?? '',
    perParentLimit: rules.perParentLimit ?? NaN,
    perChildLimit: rules.perChildLimit ?? NaN,
    householdMode: rules.householdMode,
    parentsMayChangeAfterClose: rules.parentsMayChangeAfterClose,
  };
}
