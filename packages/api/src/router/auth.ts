import { z } from 'zod';
import {
  emailSchema,
  listMyBranches,
  redeemMagicLink,
  requestMagicLink,
  requestStaffPasswordReset,
  revokeSession,
  setStaffPassword,
  signInStaff,
} from '@edutrack/core';
import { opaqueToken, password, text } from '../schemas.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  /** Who is signed in on this device, as staff and/or as a parent. */
  me: publicProcedure.query(async ({ ctx }) => {
    const [staff, guardian] = await Promise.all([ctx.signedIn.staff(), ctx.signedIn.guardian()]);
    return {
      staff: staff
        ? {
            id: staff.id,
            name: staff.name,
            displayName: staff.displayName,
            email: staff.email,
            branches: await listMyBranches(ctx.deps, staff),
          }
        : null,
      guardian: guardian
        ? { id: guardian.id, name: guardian.name, email: guardian.email, language: guardian.language }
        : null,
    };
  }),

  staffSignIn: publicProcedure
    .input(z.object({ email: emailSchema, password: text().min(1, 'Enter your password.').max(200) }))
    .mutation(async ({ ctx, input }) => {
      const result = await signInStaff(ctx.deps, { ...input, ip: ctx.ip });
      ctx.cookies.set('staff', result.token, result.expiresAt);
      return { id: result.staff.id, displayName: result.staff.displayName };
    }),

  staffSignOut: publicProcedure.mutation(async ({ ctx }) => {
    const token = ctx.cookies.get('staff');
    if (token) await revokeSession(ctx.deps.db, token);
    ctx.cookies.clear('staff');
    return { signedOut: true };
  }),

  requestPasswordReset: publicProcedure.input(z.object({ email: emailSchema })).mutation(async ({ ctx, input }) => {
    await requestStaffPasswordReset(ctx.deps, { email: input.email, ip: ctx.ip });
    return { sent: true };
  }),

  setStaffPassword: publicProcedure
    .input(z.object({ token: opaqueToken, password }))
    .mutation(async ({ ctx, input }) => {
      const result = await setStaffPassword(ctx.deps, input);
      ctx.cookies.set('staff', result.token, result.expiresAt);
      return { id: result.staff.id, displayName: result.staff.displayName };
    }),

  requestMagicLink: publicProcedure.input(z.object({ email: emailSchema })).mutation(async ({ ctx, input }) => {
    await requestMagicLink(ctx.deps, { email: input.email, ip: ctx.ip });
    return { sent: true };
  }),

  /** The "Continue" button: the emailed token is spent here, on a POST, never by opening the link. */
  redeemMagicLink: publicProcedure.input(z.object({ token: opaqueToken })).mutation(async ({ ctx, input }) => {
    const result = await redeemMagicLink(ctx.deps, input);
    ctx.cookies.set('guardian', result.token, result.expiresAt);
    return { id: result.guardian.id, name: result.guardian.name };
  }),

  parentSignOut: publicProcedure.mutation(async ({ ctx }) => {
    const token = ctx.cookies.get('guardian');
    if (token) await revokeSession(ctx.deps.db, token);
    ctx.cookies.clear('guardian');
    return { signedOut: true };
  }),
});
