import type { NudgeOutcome } from '../../api/types.ts';

const families = (n: number) => (n === 1 ? '1 family' : `${n} families`);

/** What a round of reminders did, in one sentence per outcome that happened. */
export function nudgeSummary(o: NudgeOutcome): string {
  const parts = [
    o.sent > 0 ? `Reminder sent to ${families(o.sent)}.` : 'No reminder was sent.',
    o.recentlyNudged > 0 ? `${families(o.recentlyNudged)} already had one in the last day, so we skipped them.` : '',
    o.alreadyBooked > 0 ? `${families(o.alreadyBooked)} booked in the meantime.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
