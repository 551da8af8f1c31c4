/** What the test globalSetup hands every test file through vitest's provide/inject. */
interface TestDatabaseContext {
  adminUrl: string;
  template: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseContext;
  }
}
