import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DAILY_RATE_LIMITS, type DailyRateLimits, type RateLimit } from '@edutrack/daily';

export type FaultKind = 'rate-limit' | 'server-error' | 'hang' | 'reset';

/**
 * When a fault strikes: before the handler (nothing changed) or after it (the change happened but
 * the answer is lost), the case that makes retries create duplicates if they are not idempotent.
 */
export type FaultTiming = 'before' | 'after' | 'either';

export interface FaultRequest {
  method: string;
  /** The URL path, e.g. /v1/rooms/abc. */
  path: string;
}

export interface FaultSettings {
  /** Answer 429 `rate-limit-error` past these limits; `true` means Daily's published ones. */
  rateLimits: DailyRateLimits | boolean;
  /** Share of matching requests, from 0 to 1, that get one of `kinds`. */
  share: number;
  kinds: readonly FaultKind[];
  /** A 429 always strikes before the handler, as Daily's limiter does. */
  timing: FaultTiming;
  /** Seed of the generator that picks who gets a fault and which, so a test run can be repeated. */
  seed: number;
  /** Faults forced on the next matching requests, in order, ahead of the random share. */
  queue: FaultKind[];
  /** Which requests faults may hit (rate limits apply to every request). */
  match: (request: FaultRequest) => boolean;
}

export interface FaultDecision {
  kind: FaultKind;
  phase: 'before' | 'after';
}

const DEFAULT_FAULT_SETTINGS: FaultSettings = {
  rateLimits: false,
  share: 0,
  kinds: ['server-error'],
  timing: 'before',
  seed: 1,
  queue: [],
  match: () => true,
};

const isRoomDelete = ({ method, path }: FaultRequest): boolean =>
  method === 'DELETE' && /^\/v1\/rooms\/[^/]+\/?$/.test(path);

const limiterFor = ({ limit, intervalMs }: RateLimit): RateLimiterMemory =>
  new RateLimiterMemory({ points: limit, duration: intervalMs / 1000 });

/** Decides, per request, whether the emulator misbehaves, and counts what it did. */
export class FaultInjector {
  private current: FaultSettings = DEFAULT_FAULT_SETTINGS;
  private rng = xoroshiro128plus(DEFAULT_FAULT_SETTINGS.seed);
  private limiters: { general: RateLimiterMemory; roomDelete: RateLimiterMemory } | undefined;
  private readonly injected: Record<FaultKind, number> = { 'rate-limit': 0, 'server-error': 0, hang: 0, reset: 0 };

  constructor(initial: Partial<FaultSettings> = {}) {
    this.set(initial);
  }

  get settings(): Readonly<FaultSettings> {
    return this.current;
  }

  /** Faults injected so far, 429s from the rate limits included. */
  get counts(): Readonly<Record<FaultKind, number>> {
    return { ...this.injected };
  }

  /** Changes some settings at runtime. A new seed restarts the generator; new limits start empty. */
  set(settings: Partial<FaultSettings>): void {
    if (settings.share !== undefined && !(settings.share >= 0 && settings.share <= 1)) {
      throw new RangeError('share must be between 0 and 1');
    }
    this.current = { ...this.current, ...settings, queue: [...(settings.queue ?? this.current.queue)] };
    if (settings.seed !== undefined) this.rng = xoroshiro128plus(settings.seed);
    if (settings.rateLimits !== undefined) {
      const limits = settings.rateLimits === true ? DAILY_RATE_LIMITS : settings.rateLimits;
      this.limiters =
        limits === false
          ? undefined
          : { general: limiterFor(limits.general), roomDelete: limiterFor(limits.roomDelete) };
    }
  }

  /** Back to a well-behaved emulator; the counts are kept. */
  reset(): void {
    this.set({ ...DEFAULT_FAULT_SETTINGS });
  }

  /** Whether this request is over the rate limit; counts it against the limits either way. */
  async overRateLimit(request: FaultRequest): Promise<boolean> {
    if (this.limiters === undefined) return false;
    try {
      if (isRoomDelete(request)) await this.limiters.roomDelete.consume('room-delete');
      await this.limiters.general.consume('general');
      return false;
    } catch {
      this.injected['rate-limit'] += 1;
      return true;
    }
  }

  /** The fault this request gets, if any. */
  decide(request: FaultRequest): FaultDecision | undefined {
    if (!this.current.match(request)) return undefined;
    const kind = this.current.queue.shift() ?? this.draw();
    if (kind === undefined) return undefined;
    this.injected[kind] += 1;
    return { kind, phase: this.phaseOf(kind) };
  }

  private draw(): FaultKind | undefined {
    const { share, kinds } = this.current;
    if (share === 0 || kinds.length === 0 || uniformFloat64(this.rng) >= share) return undefined;
    return kinds[Math.floor(uniformFloat64(this.rng) * kinds.length)];
  }

  private phaseOf(kind: FaultKind): 'before' | 'after' {
    const { timing } = this.current;
    if (kind === 'rate-limit' || timing === 'before') return 'before';
    if (timing === 'after') return 'after';
    return uniformFloat64(this.rng) < 0.5 ? 'before' : 'after';
  }
}
