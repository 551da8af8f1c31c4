import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../embedded-postgres.ts';
import { testDatabaseServerUrl } from './env.ts';
import { ensureTemplateDatabase } from './template-database.ts';
import './provided-context.ts';

/**
 * vitest globalSetup for every package with database tests: uses DATABASE_URL when set (CI: the
 * machine's PostgreSQL), otherwise starts an embedded PostgreSQL for this run.
 */
export default async function setup(project: TestProject) {
  let embedded: RunningPostgres | undefined;
  let adminUrl = testDatabaseServerUrl;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: join(tmpdir(), `edutrack-test-pg-${process.pid}-${Date.now()}`),
      ephemeral: true,
    });
    adminUrl = embedded.adminUrl;
  }
  const template = await ensureTemplateDatabase(adminUrl);
  project.provide('testDatabase', { adminUrl, template });
  return async () => {
    await embedded?.stop();
  };
}
