import { invalidRequest } from './daily-emulator-error.ts';

export type Query = Readonly<Record<string, string | undefined>>;

export function integerParam(query: Query, name: string): number | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw)) throw invalidRequest(`${name} must be an integer`);
  return Number(raw);
}

export function booleanParam(query: Query, name: string): boolean | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false') throw invalidRequest(`${name} must be true or false`);
  return raw === 'true';
}
