import { describe, expect, it } from 'vitest';
import { planItinerary, type Request } from '../../src/index.ts';

const MIN = 60_000;
/** Request `key` can take the 10-minute slots starting at these minutes. */
const req = (key: string, starts: number[], minutes = 10): Request => ({
  key,
  options: starts.map((s) => ({ key: `${key}@${s}`, start: s * MIN, end: (s + minutes) * MIN })),
});
const times = (plan: ReturnType<typeof planItinerary>) =>
  Object.fromEntries([...plan.chosen].map(([k, o]) => [k, o.start / MIN]));

describe('the itinerary solver', () => {
  it('finds the shortest span where taking each teacher’s earliest free slot in turn would not', () => {
    // Greedy (earliest first, in request order): A@0, B@10, C has only 0 and 40 left → 40: span 50.
    // Best: C@0, A@10, B@20: span 30.
    const requests = [req('A', [0, 10]), req('B', [10, 20]), req('C', [0, 40])];
    const plan = planItinerary(requests);
    expect(plan.unserved).toEqual([]);
    expect(plan.span).toBe(30 * MIN);
    expect(times(plan)).toEqual({ C: 0, A: 10, B: 20 });
  });

  it('never puts the parent in two meetings at once, also across siblings', () => {
    const plan = planItinerary([req('ada:T1', [0, 10]), req('ben:T2', [0, 10]), req('ben:T3', [0, 10, 20])]);
    const starts = Object.values(times(plan));
    expect(new Set(starts).size).toBe(3);
    expect(plan.span).toBe(30 * MIN);
  });

  it('keeps inside the window and serves as many as can be served there', () => {
    const plan = planItinerary([req('A', [0, 50]), req('B', [0]), req('C', [20, 60])], { from: 0, to: 30 * MIN });
    expect(plan.chosen.size).toBe(2);
    expect(times(plan).C).toBe(20);
    expect(plan.unserved).toHaveLength(1);
  });

  it('serves the most it can when a teacher is full, then the shortest span for those', () => {
    // A and B both only have 0; one of them is unserved; C joins whichever is served back to back.
    const plan = planItinerary([req('A', [0]), req('B', [0]), req('C', [10, 90])]);
    expect(plan.chosen.size).toBe(2);
    expect(plan.span).toBe(20 * MIN);
  });

  it('handles a teacher on another grid (15-minute slots) without overlaps', () => {
    const fifteen: Request = {
      key: 'D',
      options: [0, 15, 30].map((s) => ({ key: `D@${s}`, start: s * MIN, end: (s + 15) * MIN })),
    };
    const plan = planItinerary([req('A', [0, 10, 20]), fifteen, req('B', [10, 30])]);
    const chosen = [...plan.chosen.values()].sort((x, y) => x.start - y.start);
    expect(chosen).toHaveLength(3);
    for (let i = 1; i < chosen.length; i++) expect(chosen[i]!.start).toBeGreaterThanOrEqual(chosen[i - 1]!.end);
    expect(plan.span).toBe(35 * MIN);
  });

  it('is fast for a family of three children seeing 14 teachers on a 36-slot evening', () => {
    const requests = Array.from({ length: 14 }, (_, i) =>
      req(
        `T${i}`,
        Array.from({ length: 36 }, (_, s) => s * 5).filter((s) => (s / 5 + i) % 3 !== 0),
        5,
      ),
    );
    const started = performance.now();
    const plan = planItinerary(requests);
    expect(performance.now() - started).toBeLessThan(200);
    expect(plan.unserved).toEqual([]);
  });

  it('within limits serves the most meetings, then those asked for first', () => {
    // Ada may have one meeting. Taking her first choice (A@0) would leave Ben's only time taken:
    // one meeting. Ada's second choice (B@10) lets Ben have his: two.
    const ada = (key: string, starts: number[]) => ({ ...req(key, starts), group: 'ada' });
    const limits = { perGroup: new Map([['ada', 1]]) };
    const plan = planItinerary([ada('A', [0]), ada('B', [10]), { ...req('C', [0]), group: 'ben' }], undefined, limits);
    expect(times(plan)).toEqual({ B: 10, C: 0 });
    // Everyone free and a limit of two in all: the first two asked for are kept.
    const first = planItinerary([req('D', [0, 10]), req('E', [0, 10, 20]), req('F', [20])], undefined, { total: 2 });
    expect(Object.keys(times(first)).sort()).toEqual(['D', 'E']);
    expect(first.unserved).toEqual(['F']);
  });
});
