import pino, { type Logger } from 'pino';

/**
 * JSON logs with request ids. No secrets or personal data: cookies and auth headers are redacted, and
 * URLs are logged without their query string (tRPC GETs carry their input there, e.g. a name search).
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  });
}
