import type { RouterOutputs } from '@edutrack/api';

export type Meeting = RouterOutputs['parent']['appointments']['get'];
export type Child = RouterOutputs['parent']['directory']['children'][number];
export type OpenSlot = RouterOutputs['parent']['availability']['openSlots'][number];
export type SignedInParent = NonNullable<RouterOutputs['auth']['me']['guardian']>;
export type ParentEvening = RouterOutputs['parent']['evenings']['get'];
export type EveningSummary = RouterOutputs['parent']['evenings']['list'][number];
export type Proposal = RouterOutputs['parent']['evenings']['propose'];
export type HeldMeeting = ParentEvening['holds'][number];
