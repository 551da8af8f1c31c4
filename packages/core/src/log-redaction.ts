/**
 * What an error may say in a log. Database errors carry the statement's parameters (drizzle puts them
 * in its message, postgres.js in `parameters`, PostgreSQL's `detail` quotes the row), and those are
 * email addresses, names and whole email bodies. Logs keep only what helps an operator: the kind of
 * error, its code, the constraint, the SQL text without values, and the stack frames.
 */
export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: LoggedError;
}

const MAX_DEPTH = 5;
/** Keys whose values are data, never diagnostics, wherever they appear in a logged object. */
const DATA_KEYS = new Set(['parameters', 'params', 'args', 'detail', 'where', 'input', 'rawInput', 'bodyText']);

export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a non-error value was thrown' };
  const e = error as Error & Record<string, unknown>;
  const str = (key: string) => {
    const value = e[key];
    return typeof value === 'string' ? value : undefined;
  };
  const logged: LoggedError = { type: e.name || e.constructor?.name || 'Error', message: scrubMessage(e.message) };
  const code = str('code');
  if (code) logged.code = code;
  const constraint = str('constraint_name') ?? str('constraint');
  if (constraint) logged.constraint = constraint;
  const table = str('table_name');
  if (table) logged.table = table;
  const column = str('column_name');
  if (column) logged.column = column;
  if (e.stack) logged.stack = stackFrames(e.stack);
  if (e.cause !== undefined && depth < MAX_DEPTH) logged.cause = errorForLog(e.cause, depth + 1);
  return logged;
}

/**
 * A log line's object with every error in it (at any depth) made safe and data-carrying keys removed;
 * the logger applies it to everything it writes.
 */
export function redactLogObject<T>(value: T, depth = 0): T {
  if (value instanceof Error) return errorForLog(value) as T;
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => redactLogObject(v, depth + 1)) as T;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!DATA_KEYS.has(key)) out[key] = redactLogObject(v, depth + 1);
  }
  return out as T;
}

/** Values quoted in a message, "key (x)=(y)" pairs and email addresses are replaced; the shape stays. */
function scrubMessage(message: string): string {
  const head = message.split(/\nparams:/)[0]!;
  // drizzle's "Failed query: <sql>": the SQL names tables and columns (kept), its values are $n parameters.
  if (head.startsWith('Failed query:')) return head.replace(/'[^']*'/g, "'…'");
  return head
    .replace(/"[^"]*"|'[^']*'/g, '"…"')
    .replace(/\)=\([^)]*\)/g, ')=(…)')
    .replace(/[^\s@"'<>()]+@[^\s@"'<>()]+/g, '…@…');
}

function stackFrames(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
