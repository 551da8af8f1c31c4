import { browserTests } from '@edutrack/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: browserTests });
