import { z } from 'zod';
import { pushPublicKey, removePushSubscription, savePushSubscription, type ErrorKey } from '@edutrack/core';
import { parentProcedure, router } from '../../trpc.ts';

/** Whatever part the browser got wrong, the parent can do one thing about it: turn notifications off and on. */
const UNUSABLE = 'errors.input.pushUnusable' satisfies ErrorKey;

const base64Url = z
  .string()
  .min(16, UNUSABLE)
  .max(200, UNUSABLE)
  .regex(/^[A-Za-z0-9_-]+=*$/, UNUSABLE);

const endpoint = z
  .url(UNUSABLE)
  .max(2000)
  .refine(
    (url) => url.startsWith('https://') || url.startsWith('http://127.0.0.1') || url.startsWith('http://localhost'),
    { message: UNUSABLE },
  );

/** Notifications on this device (Web Push): opt-in from the account screen. */
export const parentPushRouter = router({
  /** The server's VAPID key, or null when this server sends no push notifications. */
  publicKey: parentProcedure.query(({ ctx }) => ({ publicKey: pushPublicKey(ctx.deps) })),

  subscribe: parentProcedure
    .input(z.object({ endpoint, keys: z.object({ p256dh: base64Url, auth: base64Url }) }))
    .mutation(async ({ ctx, input }) => {
      // A parent procedure only runs with a session cookie: the subscription dies with that session.
      await savePushSubscription(ctx.deps, ctx.guardian, ctx.cookies.get('guardian')!, input);
      return { subscribed: true };
    }),

  unsubscribe: parentProcedure.input(z.object({ endpoint })).mutation(async ({ ctx, input }) => {
    await removePushSubscription(ctx.deps, ctx.guardian, input.endpoint);
    return { subscribed: false };
  }),
});
