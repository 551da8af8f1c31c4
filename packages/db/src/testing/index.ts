export { createTestDatabase, type TestDatabase } from './test-database.ts';
export { databaseUrlFor } from '../embedded-postgres.ts';
export * from './fixtures.ts';
