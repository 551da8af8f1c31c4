import webpush from 'web-push';

/** `pnpm vapid:generate`: a new VAPID key pair for Web Push, as lines for the server's environment. */
const keys = webpush.generateVAPIDKeys();
process.stdout.write(
  [
    '# Web Push (VAPID) keys for EduTrack Meet. Keep the private key secret; changing the pair',
    '# makes every existing subscription stop working (parents turn notifications on again).',
    `VAPID_PUBLIC_KEY=${keys.publicKey}`,
    `VAPID_PRIVATE_KEY=${keys.privateKey}`,
    '',
  ].join('\n'),
);
