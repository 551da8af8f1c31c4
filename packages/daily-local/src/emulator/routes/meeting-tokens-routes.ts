import type { FastifyInstance } from 'fastify';
import type { Clock } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { invalidRequest } from '../daily-emulator-error.ts';
import type { MeetingTokens, TokenRejection } from '../meeting-tokens.ts';
import { booleanParam, type Query } from '../query-params.ts';
import type { RequestValidator } from '../request-validation.ts';

const REJECTION_TEXT: Record<TokenRejection, string> = {
  malformed: 'token is not a valid meeting token',
  'bad-signature': 'token signature does not match',
  'wrong-domain': 'token belongs to another domain',
  expired: 'token has expired',
  'not-yet-valid': 'token is not valid yet (nbf)',
};

export function registerMeetingTokenRoutes(
  app: FastifyInstance,
  { tokens, validator, clock }: { tokens: MeetingTokens; validator: RequestValidator; clock: Clock },
): void {
  app.post('/meeting-tokens', async ({ body }) => {
    const { properties = {} } = validator.body('CreateMeetingToken', body ?? {});
    if (properties.exp !== undefined && properties.exp <= toUnixSeconds(clock.now())) {
      throw invalidRequest('exp must be in the future');
    }
    return { token: await tokens.sign(properties) };
  });

  app.get<{ Params: { meeting_token: string }; Querystring: Query }>(
    '/meeting-tokens/:meeting_token',
    async ({ params, query }) => {
      const check = await tokens.verify(params.meeting_token, { ignoreNbf: booleanParam(query, 'ignoreNbf') });
      if (!check.ok) throw invalidRequest(REJECTION_TEXT[check.reason]);
      return check.properties;
    },
  );
}
