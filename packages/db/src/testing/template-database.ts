import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrateDatabase, migrationsFolder } from '../migrate.ts';
import { databaseUrlFor as databaseUrl } from '../embedded-postgres.ts';

// Each checkout has its own templates, so two working trees with different migrations (say, two
// branches tested side by side) never drop each other's template while it is being copied.
const TEMPLATE_PREFIX = `etm_tpl_${createHash('sha256').update(migrationsFolder).digest('hex').slice(0, 6)}_`;

/**
 * A database with every migration applied, named after a hash of the migrations so a changed
 * schema gets a fresh template. Test files copy it with CREATE DATABASE ... TEMPLATE, which takes
 * milliseconds, instead of migrating each time. Several test processes may race here: an advisory
 * lock makes one of them build it while the others wait.
 */
export async function ensureTemplateDatabase(adminUrl: string): Promise<string> {
  const name = TEMPLATE_PREFIX + (await migrationsHash());
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`SELECT pg_advisory_lock(hashtext('edutrack-test-template'))`;
    const [found] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!found) {
      const building = `${name}_building`;
      await admin.unsafe(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.unsafe(`CREATE DATABASE "${building}"`);
      await migrateDatabase(databaseUrl(adminUrl, building));
      await admin.unsafe(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      await dropStaleTemplates(admin, name);
    }
    return name;
  } finally {
    await admin`SELECT pg_advisory_unlock(hashtext('edutrack-test-template'))`.catch(() => {});
    await admin.end({ timeout: 5 });
  }
}

async function dropStaleTemplates(admin: postgres.Sql, keep: string): Promise<void> {
  const rows = await admin<{ datname: string }[]>`
    SELECT datname FROM pg_database WHERE datname LIKE ${TEMPLATE_PREFIX + '%'} AND datname <> ${keep}`;
  for (const { datname } of rows) {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => {});
  }
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(migrationsFolder, { recursive: true })).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) hash.update(file).update(await readFile(join(migrationsFolder, file)));
  // graphile-worker's schema is part of the template too.
  const workerPackage = await import('graphile-worker/package.json', { with: { type: 'json' } });
  hash.update(workerPackage.default.version);
  return hash.digest('hex').slice(0, 12);
}
