import { zonedInstant } from './zoned-time.ts';

/** The same rules the server applies when publishing a run of slots, so the preview matches. */
const MIN_SLOT_MINUTES = 5;
const MAX_SLOT_MINUTES = 120;
const MAX_SLOTS_PER_RUN = 100;

export interface SlotRunInput {
  date: string;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  gapMinutes: number;
}

interface PlannedSlot {
  startsAt: Date;
  endsAt: Date;
}

export type SlotPlan = { ok: true; slots: PlannedSlot[] } | { ok: false; problem: string; field: keyof SlotRunInput };

/** The slots a run would create, or why it would create none. Times are read in the branch's zone. */
export function planSlotRun(input: SlotRunInput, zone: string): SlotPlan {
  const { slotMinutes, gapMinutes } = input;
  if (!Number.isInteger(slotMinutes) || slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
    return {
      ok: false,
      field: 'slotMinutes',
      problem: `Each slot must be between ${MIN_SLOT_MINUTES} and ${MAX_SLOT_MINUTES} minutes long.`,
    };
  }
  if (!Number.isInteger(gapMinutes) || gapMinutes < 0 || gapMinutes > 60) {
    return { ok: false, field: 'gapMinutes', problem: 'The gap between slots must be between 0 and 60 minutes.' };
  }
  const from = zonedInstant(input.date, input.startTime, zone);
  const until = zonedInstant(input.date, input.endTime, zone);
  if (!input.date) return { ok: false, field: 'date', problem: 'Choose a date.' };
  if (!from) return { ok: false, field: 'startTime', problem: 'Choose a start time that exists on that day.' };
  if (!until) return { ok: false, field: 'endTime', problem: 'Choose an end time that exists on that day.' };
  if (until <= from) return { ok: false, field: 'endTime', problem: 'The end time must be after the start time.' };

  const step = (slotMinutes + gapMinutes) * 60_000;
  const length = slotMinutes * 60_000;
  const slots: PlannedSlot[] = [];
  for (let t = from.getTime(); t + length <= until.getTime(); t += step) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(t + length) });
  }
  if (!slots.length) {
    return {
      ok: false,
      field: 'endTime',
      problem: `No ${slotMinutes}-minute slot fits between ${input.startTime} and ${input.endTime}.`,
    };
  }
  if (slots.length > MAX_SLOTS_PER_RUN) {
    return {
      ok: false,
      field: 'endTime',
      problem: `That would make ${slots.length} slots; publish at most ${MAX_SLOTS_PER_RUN} at a time.`,
    };
  }
  return { ok: true, slots };
}
