export type BookingPhase = 'before' | 'open' | 'closed';

/** Where booking stands at `now` for this family (their opening time counts early access in). */
export function bookingPhase(booking: { opensAt: string; closesAt: string }, now: Date): BookingPhase {
  if (now.getTime() < Date.parse(booking.opensAt)) return 'before';
  if (now.getTime() >= Date.parse(booking.closesAt)) return 'closed';
  return 'open';
}
