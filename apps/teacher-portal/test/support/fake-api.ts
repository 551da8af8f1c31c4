/**
 * A stand-in for the server behind `fetch`, speaking tRPC's HTTP batch protocol, so components run
 * with the real tRPC client, TanStack Query and error handling. Handlers answer by procedure path.
 */
type Handler = (input: any) => unknown;

const RPC_CODES = {
  BAD_REQUEST: [-32600, 400],
  UNAUTHORIZED: [-32001, 401],
  FORBIDDEN: [-32003, 403],
  NOT_FOUND: [-32004, 404],
  CONFLICT: [-32009, 409],
  PRECONDITION_FAILED: [-32012, 412],
  TOO_MANY_REQUESTS: [-32029, 429],
} as const;

/** Throw from a handler to answer as the server's error formatter would. */
export class ApiFailure extends Error {
  constructor(
    readonly code: keyof typeof RPC_CODES,
    message: string,
    readonly extra: { fieldErrors?: Record<string, string>; details?: Record<string, unknown> } = {},
  ) {
    super(message);
  }
}

export interface FakeApi {
  fetch: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
  calls: { path: string; input: any }[];
  callsTo: (path: string) => any[];
  handlers: Record<string, Handler>;
}

export function fakeApi(handlers: Record<string, Handler>): FakeApi {
  const calls: { path: string; input: any }[] = [];
  const answer = async (path: string, input: unknown) => {
    calls.push({ path, input });
    const handler = api.handlers[path];
    try {
      if (!handler) throw new ApiFailure('NOT_FOUND', `The fake API has no handler for ${path}.`);
      return { result: { data: await handler(input) } };
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      const [rpcCode, httpStatus] = RPC_CODES[error.code];
      const data = {
        code: error.code,
        httpStatus,
        path,
        details: error.extra.details ?? null,
        fieldErrors: error.extra.fieldErrors ?? null,
      };
      return { error: { message: error.message, code: rpcCode, data } };
    }
  };
  const api: FakeApi = {
    handlers,
    calls,
    callsTo: (path) => calls.filter((c) => c.path === path).map((c) => c.input),
    fetch: async (url, init) => {
      const parsed = new URL(url instanceof Request ? url.url : url, 'http://localhost');
      const paths = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, '')).split(',');
      const inputs = JSON.parse(
        init?.method === 'POST' && typeof init.body === 'string'
          ? init.body
          : (parsed.searchParams.get('input') ?? '{}'),
      );
      const results = await Promise.all(paths.map((path, i) => answer(path, inputs[i])));
      return new Response(JSON.stringify(results), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  };
  return api;
}
