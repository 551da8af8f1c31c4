export { createApiClient, createQueryClient, TRPCProvider, useTRPC, useTRPCClient } from './trpc.ts';
export { describeError, type ShownError } from './errors.ts';
export { joinState, type JoinState } from './join-window.ts';
export { newIdempotencyKey } from './idempotency.ts';
export { useNow } from './use-now.ts';
export { systemClock, type Clock } from '@edutrack/daily/clock';
