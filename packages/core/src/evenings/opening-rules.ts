import type { EveningRulesInput } from './create-evening.ts';

/**
 * A parents' evening's rules with nothing but an opening time: no early access, no closing, no
 * limits, one booking per household, no changes after closing. The demo school's evening has them;
 * tests change only what they test.
 */
export const openingRules = (opensAt: Date, changes: Partial<EveningRulesInput> = {}): EveningRulesInput => ({
  opensAt,
  earlyAccessOpensAt: null,
  closesAt: null,
  perParentLimit: null,
  perChildLimit: null,
  householdMode: 'one_per_household',
  parentsMayChangeAfterClose: false,
  ...changes,
});
