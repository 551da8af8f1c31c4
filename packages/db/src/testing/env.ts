/** The test run's database server: DATABASE_URL when set (CI: the machine's PostgreSQL), else embedded. */
export const testDatabaseServerUrl: string | undefined = process.env.DATABASE_URL || undefined;
