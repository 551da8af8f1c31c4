import { describe, expect, it } from 'vitest';
import { FaultInjector, type FaultSettings } from '../src/emulator/faults.ts';

const request = { method: 'POST', path: '/v1/rooms' };
const run = (injector: FaultInjector, count: number) => Array.from({ length: count }, () => injector.decide(request));

describe('FaultInjector', () => {
  it('is reproducible: the same seed makes the same decisions', () => {
    const settings = {
      share: 0.3,
      kinds: ['server-error', 'hang', 'reset'],
      timing: 'either',
      seed: 99,
    } satisfies Partial<FaultSettings>;
    const first = run(new FaultInjector(settings), 200);
    const second = run(new FaultInjector(settings), 200);
    expect(second).toEqual(first);
    expect(run(new FaultInjector({ ...settings, seed: 100 }), 200)).not.toEqual(first);
  });

  it('hits about the configured share of requests, with every kind and both timings', () => {
    const injector = new FaultInjector({
      share: 0.2,
      kinds: ['server-error', 'rate-limit', 'hang', 'reset'],
      timing: 'either',
      seed: 5,
    });
    const decisions = run(injector, 2_000).filter((decision) => decision !== undefined);
    expect(decisions.length).toBeGreaterThan(320);
    expect(decisions.length).toBeLessThan(480);
    expect(new Set(decisions.map((decision) => decision.kind))).toEqual(
      new Set(['server-error', 'rate-limit', 'hang', 'reset']),
    );
    expect(new Set(decisions.map((decision) => decision.phase))).toEqual(new Set(['before', 'after']));
    // Daily's limiter refuses before doing anything, so an injected 429 never strikes after the handler.
    expect(
      decisions.filter((decision) => decision.kind === 'rate-limit').every((decision) => decision.phase === 'before'),
    ).toBe(true);
  });

  it('serves queued faults first, in order, then behaves', () => {
    const injector = new FaultInjector({ queue: ['reset', 'hang'] });
    expect(run(injector, 3)).toEqual([
      { kind: 'reset', phase: 'before' },
      { kind: 'hang', phase: 'before' },
      undefined,
    ]);
    expect(injector.counts).toMatchObject({ reset: 1, hang: 1 });
  });

  it('spares requests that do not match', () => {
    const injector = new FaultInjector({
      share: 1,
      kinds: ['server-error'],
      match: ({ method }) => method === 'DELETE',
    });
    expect(injector.decide(request)).toBeUndefined();
    expect(injector.decide({ method: 'DELETE', path: '/v1/rooms/x' })).toEqual({
      kind: 'server-error',
      phase: 'before',
    });
  });

  it('changes at runtime and resets to a well-behaved emulator', () => {
    const injector = new FaultInjector();
    expect(injector.decide(request)).toBeUndefined();
    injector.set({ share: 1 });
    expect(injector.decide(request)?.kind).toBe('server-error');
    injector.reset();
    expect(injector.decide(request)).toBeUndefined();
    expect(() => injector.set({ share: 2 })).toThrow(RangeError);
  });
});
