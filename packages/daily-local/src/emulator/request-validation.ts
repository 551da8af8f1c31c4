import {
  createOpenApiValidator,
  dailyRequestSchemas as requestSchemas,
  type HttpMethod,
  type operations,
  type paths,
} from '@edutrack/daily/spec';
import type { JsonRequest, MeetingTokenProperties } from '@edutrack/daily';
import { invalidRequest } from './daily-emulator-error.ts';

/** The operations whose bodies the emulator accepts, and where the spec describes them. */
const VALIDATED_OPERATIONS = {
  CreateRoom: ['post', '/rooms'],
  SetRoomConfig: ['post', '/rooms/{room_name}'],
  Eject: ['post', '/rooms/{room_name}/eject'],
  CreateMeetingToken: ['post', '/meeting-tokens'],
  CreateWebhook: ['post', '/webhooks'],
  UpdateWebhookConfig: ['post', '/webhooks/{id}'],
} as const satisfies Partial<Record<keyof operations, readonly [HttpMethod, keyof paths]>>;

type ValidatedOperation = keyof typeof VALIDATED_OPERATIONS;

export interface RequestValidator {
  /** The body, if Daily's spec accepts it (types, enums, no unknown properties); else a 400 like Daily's. */
  body<Op extends ValidatedOperation>(operation: Op, body: unknown): JsonRequest<Op>;
  tokenProperties(value: unknown): MeetingTokenProperties | undefined;
}

/** Checks requests against the schemas extracted from Daily's spec (see scripts/extract-request-schemas.ts). */
export function createRequestValidator(): RequestValidator {
  const spec = createOpenApiValidator(requestSchemas, 'daily-requests');
  const tokenProperties = spec.component<MeetingTokenProperties>('properties');
  if (tokenProperties === undefined) throw new Error('the extracted spec lacks components.schemas.properties');

  return {
    body: <Op extends ValidatedOperation>(operation: Op, body: unknown): JsonRequest<Op> => {
      const [method, path] = VALIDATED_OPERATIONS[operation];
      const validate = spec.requestBody<JsonRequest<Op>>(method, path);
      if (validate === undefined) throw new Error(`the extracted spec has no request body for ${operation}`);
      if (validate(body)) return body;
      throw invalidRequest(spec.describe(validate.errors));
    },
    tokenProperties: (value) => (tokenProperties(value) ? value : undefined),
  };
}
