import { desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { outboxEmails, type Database } from '@edutrack/db';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const linkify = (html: string) => html.replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/**
 * Development only: the mail the server would have sent (sign-in links, invitations), newest first.
 * Never registered in production (see env.ts DEV_OUTBOX).
 */
export function registerDevOutbox(app: FastifyInstance, db: Database): void {
  app.get('/dev/outbox', async (_req, reply) => {
    const mails = await db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt)).limit(50);
    const items = mails
      .map(
        (
          m,
        ) => `<article><h2>${escape(m.subject)}</h2><p class="meta">To ${escape(m.toAddress)} · ${m.createdAt.toISOString()} · ${m.status}${m.calendarMethod ? ` · calendar ${m.calendarMethod}` : ''}${m.lastError ? ` · ${escape(m.lastError)}` : ''}</p>
<pre>${linkify(escape(m.bodyText))}</pre></article>`,
      )
      .join('');
    return reply.header('Cache-Control', 'no-store').type('text/html')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outbox (development)</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
article{border:1px solid #cbd2d9;border-radius:.5rem;padding:0 1rem;margin:1rem 0}.meta{color:#52606d}pre{white-space:pre-wrap}</style></head>
<body><h1>Outbox</h1><p>Every email the server wrote (with SMTP_URL set it is also delivered; the status says how it went). Development only.</p>${items || '<p>No mail yet.</p>'}</body></html>`);
  });
}
