import { listMyChildren, listTeachersOfMyChildren } from '@edutrack/core';
import { parentProcedure, router } from '../../trpc.ts';

export const parentDirectoryRouter = router({
  children: parentProcedure.query(({ ctx }) => listMyChildren(ctx.deps, ctx.guardian)),

  teachers: parentProcedure.query(({ ctx }) => listTeachersOfMyChildren(ctx.deps, ctx.guardian)),
});
