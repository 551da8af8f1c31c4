import { compactVerify, SignJWT } from 'jose';
import type { Clock } from '@edutrack/daily';
import type { MeetingTokenProperties } from '@edutrack/daily';
import { toUnixSeconds } from '@edutrack/daily';
import { abbreviateTokenProperties, DOMAIN_ID_CLAIM, expandTokenClaims } from './meeting-token-claims.ts';
import type { RequestValidator } from './request-validation.ts';

export type TokenRejection = 'malformed' | 'bad-signature' | 'wrong-domain' | 'expired' | 'not-yet-valid';

export type TokenCheck = { ok: true; properties: MeetingTokenProperties } | { ok: false; reason: TokenRejection };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Meeting tokens as Daily makes them: HS256 JWTs signed with the API key, with short claim names.
 * Self-signed tokens made the same way are accepted too.
 */
export class MeetingTokens {
  private readonly key: Uint8Array;

  constructor(
    apiKey: string,
    private readonly domainId: string,
    private readonly clock: Clock,
    private readonly validator: RequestValidator,
  ) {
    this.key = new TextEncoder().encode(apiKey);
  }

  async sign(properties: MeetingTokenProperties): Promise<string> {
    return new SignJWT({ ...abbreviateTokenProperties(properties), [DOMAIN_ID_CLAIM]: this.domainId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(toUnixSeconds(this.clock.now()))
      .sign(this.key);
  }

  /** Signature and domain only: joining reports expiry itself ("exp-token", "nbf-token"). */
  async decode(token: string): Promise<TokenCheck> {
    let payload: Uint8Array;
    try {
      ({ payload } = await compactVerify(token, this.key, { algorithms: ['HS256'] }));
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      return { ok: false, reason: name === 'JWSSignatureVerificationFailed' ? 'bad-signature' : 'malformed' };
    }
    let claims: unknown;
    try {
      claims = JSON.parse(new TextDecoder().decode(payload));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (!isRecord(claims)) return { ok: false, reason: 'malformed' };
    if (claims[DOMAIN_ID_CLAIM] !== this.domainId) return { ok: false, reason: 'wrong-domain' };
    const properties = this.validator.tokenProperties(expandTokenClaims(claims));
    return properties === undefined ? { ok: false, reason: 'malformed' } : { ok: true, properties };
  }

  /** What `GET /meeting-tokens/:token` checks. */
  async verify(token: string, { ignoreNbf = false }: { ignoreNbf?: boolean } = {}): Promise<TokenCheck> {
    const decoded = await this.decode(token);
    if (!decoded.ok) return decoded;
    const now = toUnixSeconds(this.clock.now());
    const { exp, nbf } = decoded.properties;
    if (exp !== undefined && now >= exp) return { ok: false, reason: 'expired' };
    if (!ignoreNbf && nbf !== undefined && now < nbf) return { ok: false, reason: 'not-yet-valid' };
    return decoded;
  }
}
