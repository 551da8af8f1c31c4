/**
 * `@edutrack/daily/spec`: Daily's OpenAPI document as this package reads it (generated types, the
 * request schemas extracted from it, a validator, documented property defaults). The stand-in
 * (`@edutrack/daily-local`) checks requests and answers against it; production code needs none of it.
 */
import { fileURLToPath } from 'node:url';
import requestSchemas from './generated/daily-request-schemas.json' with { type: 'json' };

export type { components, operations, paths } from './generated/daily-api.ts';
export { createOpenApiValidator, type HttpMethod, type OpenApiValidator } from './openapi/openapi-validator.ts';
export { isDefaultRoomProperty, ROOM_PROPERTY_DEFAULTS } from './room-property-defaults.ts';

/** Request-body schemas extracted from Daily's spec (scripts/extract-request-schemas.ts). */
export const dailyRequestSchemas = requestSchemas;

/** Daily's published OpenAPI document (the file `generate:types` reads). */
export const DAILY_OPENAPI_PATH = fileURLToPath(new URL('../spec/daily-openapi.json', import.meta.url));
