import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Where configuration may be read: each app's env module, build and test configuration, tests. */
const ENV_READERS = [
  '**/src/env.ts',
  '**/src/**/env.ts',
  '**/*.config.ts',
  '**/*.config.js',
  '**/test/**',
  '**/scripts/**',
  // The standalone Daily emulator's command line is an app of its own.
  '**/emulator/cli-config.ts',
  'packages/bench/src/**',
  'tooling/**',
];

/**
 * The rules every TypeScript package follows, with type information (typescript-eslint's
 * project service reads each package's own tsconfig).
 */
export const baseConfig = tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/generated/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/coverage/**',
      '**/test-results/**',
      'packages/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // React 19's act() returns a thenable even for synchronous work; tests call it for its effect.
          allowForKnownSafeCalls: [
            { from: 'package', name: 'act', package: '@testing-library/react' },
            { from: 'package', name: 'act', package: 'react' },
          ],
        },
      ],
      // An async implementation of an async interface (a fake, a handler) need not await anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: "Read configuration in the app's env module (apps/*/src/env.ts) and pass it in as an argument.",
        },
      ],
    },
  },
  { files: ENV_READERS, rules: { 'no-restricted-properties': 'off' } },
  {
    // Tests read JSON answers and pass methods to expect(); strict typing there buys little.
    files: ['**/test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Plain JavaScript (config files, the CI summary): no type information to lint with.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
