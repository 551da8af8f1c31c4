import type { EveningSummary } from '../../api/types.ts';

/** Where booking stands, in the words staff use. */
export const PHASE_WORDS: Record<EveningSummary['phase'], string> = {
  before_opening: 'Booking not open yet',
  early_access: 'Early booking open',
  open: 'Booking open',
  closed: 'Booking closed',
  over: 'Over',
};
