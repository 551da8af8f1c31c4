import { appRouter } from '../src/index.ts';

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: { shape?: Record<string, unknown> }[] };
}

const isProcedure = (value: unknown): value is ProcedureDef =>
  typeof value === 'function' && '_def' in value && typeof (value._def as { type?: unknown }).type === 'string';

/**
 * Every procedure of the API by path ("staff.appointments.get"), read from the router itself
 * (tRPC keeps a flat map of them at runtime, whatever its static type says).
 */
export const allProcedures = Object.entries<unknown>(appRouter._def.procedures).flatMap(([path, procedure]) =>
  isProcedure(procedure)
    ? [{ path, type: procedure._def.type, fields: Object.keys(procedure._def.inputs[0]?.shape ?? {}) }]
    : [],
);

/** Calls a procedure by its path on a tRPC caller. */
export function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}
