import type { ViteUserConfig } from 'vitest/config';

type TestOptions = NonNullable<ViteUserConfig['test']>;

export declare const databaseTests: TestOptions;
export declare const browserTests: TestOptions;
export declare const componentTests: TestOptions;
export declare const buildTests: TestOptions;
