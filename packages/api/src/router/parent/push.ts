import { z } from 'zod';
import { pushPublicKey, removePushSubscription, savePushSubscription } from '@edutrack/core';
import { parentProcedure, router } from '../../trpc.ts';

const base64Url = (what: string) =>
  z
    .string()
    .min(16, `The browser sent an incomplete ${what}. Turn notifications off and on again.`)
    .max(200, `The browser sent an unexpected ${what}.`)
    .regex(/^[A-Za-z0-9_-]+=*$/, `The browser sent an unexpected ${what}.`);

const endpoint = z
  .url('The browser sent a push address we cannot use. Turn notifications off and on again.')
  .max(2000)
  .refine(
    (url) => url.startsWith('https://') || url.startsWith('http://127.0.0.1') || url.startsWith('http://localhost'),
    {
      message: 'The browser sent a push address we cannot use. Turn notifications off and on again.',
    },
  );

/** Notifications on this device (Web Push): opt-in from the account screen. */
export const parentPushRouter = router({
  /** The server's VAPID key, or null when this server sends no push notifications. */
  publicKey: parentProcedure.query(({ ctx }) => ({ publicKey: pushPublicKey(ctx.deps) })),

  subscribe: parentProcedure
    .input(
      z.object({ endpoint, keys: z.object({ p256dh: base64Url('device key'), auth: base64Url('device secret') }) }),
    )
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
