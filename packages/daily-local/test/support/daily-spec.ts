import { readFileSync } from 'node:fs';
import { createOpenApiValidator, DAILY_OPENAPI_PATH } from '@edutrack/daily/spec';

export const loadDailySpec = (): { paths: Record<string, Record<string, unknown>> } & object =>
  JSON.parse(readFileSync(DAILY_OPENAPI_PATH, 'utf8'));

export const createDailySpecValidator = () => createOpenApiValidator(loadDailySpec(), 'daily-openapi');
