import { fileURLToPath } from 'node:url';
import { serverMessages } from '@edutrack/i18n/node';

/** Messages of everything a parent receives from the server (emails, calendar invitations, pushes). */
export const mailMessages = serverMessages(fileURLToPath(new URL('./locales', import.meta.url)));
