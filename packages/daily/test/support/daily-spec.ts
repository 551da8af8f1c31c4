import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createOpenApiValidator } from '../../src/openapi/openapi-validator.ts';

/** Daily's published OpenAPI document, kept beside the repository (the same file generate:types reads). */
const DAILY_OPENAPI_PATH = fileURLToPath(new URL('../../spec/daily-openapi.json', import.meta.url));

export const loadDailySpec = (): { paths: Record<string, Record<string, unknown>> } & object =>
  JSON.parse(readFileSync(DAILY_OPENAPI_PATH, 'utf8'));

export const createDailySpecValidator = () => createOpenApiValidator(loadDailySpec(), 'daily-openapi');
