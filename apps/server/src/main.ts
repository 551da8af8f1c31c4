import { loadEnv } from './env.ts';
import { DEMO_PASSWORD } from './seed/demo-school.ts';
import { startServer } from './runtime/start-server.ts';

const env = loadEnv();
const server = await startServer(env);
const base = env.PUBLIC_URL;

const lines = [
  '',
  'EduTrack Meet is running.',
  `  Staff portal:  ${base}/staff/`,
  `  Parent app:    ${base}/parent/`,
  `  Database:      ${server.database.embedded ? `embedded PostgreSQL, data in ${env.EMBEDDED_POSTGRES_DIR}` : 'DATABASE_URL'}`,
  `  Video:         ${server.videoBackend.describe}`,
  `  Email:         ${env.SMTP_URL ? `SMTP ${new URL(env.SMTP_URL).host}, from ${env.MAIL_FROM}` : 'not sent (no SMTP_URL): kept in the outbox'}`,
  `  Push:          ${env.VAPID_PUBLIC_KEY ? 'Web Push (VAPID keys set)' : 'off (no VAPID keys; `pnpm vapid:generate` makes them)'}`,
];
if (env.DEV_OUTBOX) lines.push(`  Sent email:    ${base}/dev/outbox   (parents' sign-in links arrive here)`);
if (server.demo) {
  lines.push('', `Demo school created. Staff sign in with password "${DEMO_PASSWORD}":`);
  for (const s of server.demo.staff) lines.push(`  ${s.email}  (${s.role})`);
  lines.push('Parents sign in by email link (enter the address, then open the link from the outbox):');
  for (const p of server.demo.parents) lines.push(`  ${p.email}  ${p.name}`);
}
lines.push('', 'Press Ctrl+C to stop.', '');
process.stdout.write(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.log.info({ signal }, 'shutting down');
    void server.stop().then(() => process.exit(0));
  });
}
