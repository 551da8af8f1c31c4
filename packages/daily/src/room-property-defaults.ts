import { isDeepStrictEqual } from 'node:util';
import requestSchemas from './generated/daily-request-schemas.json' with { type: 'json' };
import type { DailyRoomProperties } from './spec-types.ts';

/**
 * Defaults Daily documents for room properties whose spec entry has no `default`. Daily's answers
 * list only properties that differ from their default, so comparing a room with what we want needs
 * to know the default of every property we set. Assumed from Daily's property docs.
 */
const DEFAULTS_MISSING_FROM_SPEC = {
  enable_knocking: false,
  enable_prejoin_ui: false,
} satisfies DailyRoomProperties;

const specDefaults = Object.entries(requestSchemas.components.schemas['room-properties'].properties).flatMap(
  ([key, schema]): [string, unknown][] => ('default' in schema ? [[key, schema.default]] : []),
);

export const ROOM_PROPERTY_DEFAULTS: Readonly<Record<string, unknown>> = {
  ...DEFAULTS_MISSING_FROM_SPEC,
  ...Object.fromEntries(specDefaults),
};

/** Daily's default room privacy. */
export const DEFAULT_ROOM_PRIVACY = 'public';

export const isDefaultRoomProperty = (key: string, value: unknown): boolean =>
  key in ROOM_PROPERTY_DEFAULTS && isDeepStrictEqual(ROOM_PROPERTY_DEFAULTS[key], value);

/** The value a room really has for a property, reading an absent key as its default. */
export const effectiveRoomProperty = (config: Readonly<Record<string, unknown>>, key: string): unknown =>
  config[key] ?? ROOM_PROPERTY_DEFAULTS[key];
