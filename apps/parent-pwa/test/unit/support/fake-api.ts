import { TRPCClientError, createTRPCClient, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter, ErrorData } from '@edutrack/api';

export type Handlers = Record<string, (input: any) => unknown>;

/**
 * A tRPC client answered by plain functions per procedure path ("parent.appointments.book"), so
 * components run their real hooks and error handling. Every call is recorded.
 */
export function fakeApiClient(handlers: Handlers) {
  const calls: { path: string; input: any }[] = [];
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input });
        Promise.resolve()
          .then(() => {
            const handler = handlers[op.path];
            if (!handler) throw apiError('NOT_FOUND', `The test has no fake for ${op.path}.`);
            return handler(op.input);
          })
          .then((data) => {
            observer.next({ result: { type: 'data', data } });
            observer.complete();
          })
          .catch((error: unknown) =>
            observer.error(error instanceof TRPCClientError ? error : TRPCClientError.from(error as Error)),
          );
      });
  return { client: createTRPCClient<AppRouter>({ links: [link] }), calls };
}

const STATUS: Partial<Record<ErrorData['code'], number>> = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_REQUEST: 400,
};

/** An error shaped as the server's error formatter sends it. */
export function apiError(code: ErrorData['code'], message: string, details: ErrorData['details'] = null) {
  const data: ErrorData = { code, httpStatus: STATUS[code] ?? 500, details, fieldErrors: null };
  return TRPCClientError.from({ error: { code: -32000, message, data } });
}
