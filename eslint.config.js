import { baseConfig } from '@edutrack/eslint-config/base';
import { reactConfig } from '@edutrack/eslint-config/react';

export default [
  ...baseConfig,
  ...reactConfig([
    'apps/teacher-portal/**/*.tsx',
    'apps/parent-pwa/**/*.tsx',
    'packages/call-ui/**/*.tsx',
    'packages/web-kit/**/*.tsx',
  ]),
];
