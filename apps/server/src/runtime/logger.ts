import pino, { type DestinationStream, type Logger } from 'pino';
import { errorForLog, redactLogObject } from '@edutrack/core';

/**
 * JSON logs with request ids. No secrets or personal data: cookies and auth headers are redacted,
 * URLs are logged without their query string (tRPC GETs carry their input there, e.g. a name search),
 * and every error anywhere in a line is reduced to its kind, code and stack frames: a database error
 * never brings its query parameters (addresses, email bodies) along.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
        remove: true,
      },
      formatters: { log: (object) => redactLogObject(object) },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: (e: unknown) => (e instanceof Error ? errorForLog(e) : e),
      },
    },
    destination,
  );
}
