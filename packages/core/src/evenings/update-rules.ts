import { eq } from 'drizzle-orm';
import { parentsEvenings } from '@edutrack/db';
import type { StaffActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';
import type { EveningRulesInput } from './create-evening.ts';
import { checkRulesInOrder } from './evening-rules.ts';
import type { EveningDetail } from './evening-types.ts';
import { getEveningForStaff } from './evening-views.ts';
import { loadEveningForAdmin } from './load-evening.ts';

/** An admin changes the booking rules; they apply to the next request at once (existing bookings stay). */
export async function updateEveningRules(
  deps: CoreDeps,
  staff: StaffActor,
  input: { eveningId: string; rules: EveningRulesInput },
): Promise<EveningDetail> {
  const loaded = await loadEveningForAdmin(deps.db, staff, input.eveningId);
  checkRulesInOrder(input.rules, loaded.sessions);
  await deps.db.update(parentsEvenings).set(input.rules).where(eq(parentsEvenings.id, input.eveningId));
  return getEveningForStaff(deps, staff, input.eveningId);
}
