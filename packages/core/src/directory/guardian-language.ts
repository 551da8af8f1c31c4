import { eq } from 'drizzle-orm';
import type { Language } from '@edutrack/i18n';
import { guardians } from '@edutrack/db';
import type { GuardianActor } from '../actors.ts';
import type { CoreDeps } from '../deps.ts';

/** The language a parent reads: the app shows it, and their emails and pushes are written in it. */
export async function setGuardianLanguage(deps: CoreDeps, guardian: GuardianActor, language: Language): Promise<void> {
  await deps.db.update(guardians).set({ language }).where(eq(guardians.id, guardian.id));
}
