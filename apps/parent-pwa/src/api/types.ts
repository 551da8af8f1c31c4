import type { RouterOutputs } from '@edutrack/api';

export type Meeting = RouterOutputs['parent']['appointments']['get'];
export type Child = RouterOutputs['parent']['children'][number];
export type OpenSlot = RouterOutputs['parent']['openSlots'][number];
export type SignedInParent = NonNullable<RouterOutputs['auth']['me']['guardian']>;
