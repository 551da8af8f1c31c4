/**
 * The itinerary solver: pure, no database. A family's requested meetings (one per child and teacher or
 * joint meeting), each with the free options it could take, become the shortest non-overlapping
 * schedule inside the parent's window that serves as many requests as can be served at all.
 *
 * Exact method (docs/decisions/014-parents-evenings.md): the parent can be in one meeting at a time,
 * so with one slot grid a time cell is used at most once, and "can every request get a cell inside
 * [a, b]?" is a bipartite matching of requests to cells (augmenting paths; a family has at most a few
 * dozen requests and cells). The window [a, b] slides over every cell start a, and for each a the
 * smallest b that still serves the maximum is found by binary search (more cells never hurt).
 * Cells of different grids (a teacher with another slot length) can overlap without being equal; then
 * matching could pick two overlapping cells, so those cases fall back to a bounded exhaustive search.
 */

export interface Option {
  /** The slot to hold (a joint meeting's lead slot); what the option stands for is the caller's business. */
  key: string;
  start: number;
  end: number;
}

export interface Request {
  key: string;
  options: Option[];
}

export interface Itinerary {
  /** Request key → chosen option. */
  chosen: Map<string, Option>;
  /** Requests no option could serve next to the others. */
  unserved: string[];
  span: number;
}

interface Cell {
  start: number;
  end: number;
}

const cellId = (o: Cell) => `${o.start}-${o.end}`;

export function planItinerary(requests: Request[], window?: { from: number; to: number }): Itinerary {
  const usable = requests.map((r) => ({
    key: r.key,
    options: r.options.filter((o) => !window || (o.start >= window.from && o.end <= window.to)),
  }));
  const cells = [
    ...new Map(usable.flatMap((r) => r.options).map((o) => [cellId(o), { start: o.start, end: o.end }])).values(),
  ];
  const solve = isLaminar(cells) ? matchInCells : searchInCells;
  const best = solve(usable, cells);
  const target = best.size;
  if (target === 0) return { chosen: new Map(), unserved: requests.map((r) => r.key), span: 0 };

  const starts = [...new Set(cells.map((c) => c.start))].sort((a, b) => a - b);
  const ends = [...new Set(cells.map((c) => c.end))].sort((a, b) => a - b);
  let result = best;
  let bestSpan = spanOf(best);
  for (const a of starts) {
    // Windows no shorter than the best found so far cannot improve it.
    const candidates = ends.filter((e) => e > a && e - a < bestSpan);
    let lo = 0;
    let hi = candidates.length - 1;
    let found: Map<string, Option> | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = candidates[mid]!;
      const inside = cells.filter((c) => c.start >= a && c.end <= b);
      const matched = solve(
        usable.map((r) => ({ key: r.key, options: r.options.filter((o) => o.start >= a && o.end <= b) })),
        inside,
      );
      if (matched.size === target) {
        found = matched;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (found && spanOf(found) < bestSpan) {
      result = found;
      bestSpan = spanOf(found);
    }
  }
  return {
    chosen: result,
    unserved: requests.filter((r) => !result.has(r.key)).map((r) => r.key),
    span: bestSpan,
  };
}

function spanOf(chosen: Map<string, Option>): number {
  const all = [...chosen.values()];
  if (!all.length) return 0;
  return Math.max(...all.map((o) => o.end)) - Math.min(...all.map((o) => o.start));
}

/** Any two cells are equal or disjoint (one grid, or grids that line up). */
function isLaminar(cells: Cell[]): boolean {
  const sorted = [...cells].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return false;
  return true;
}

/** Maximum bipartite matching of requests to cells (Kuhn's augmenting paths). */
function matchInCells(requests: Request[], _cells: Cell[]): Map<string, Option> {
  const owner = new Map<string, number>(); // cell → request index
  const pick = new Map<number, Option>();
  const tryAssign = (i: number, seen: Set<string>): boolean => {
    for (const o of requests[i]!.options) {
      const c = cellId(o);
      if (seen.has(c)) continue;
      seen.add(c);
      const holder = owner.get(c);
      if (holder === undefined || tryAssign(holder, seen)) {
        owner.set(c, i);
        pick.set(i, o);
        return true;
      }
    }
    return false;
  };
  // Fewest options first: a cheap heuristic that does not change the (maximum) result.
  const order = requests.map((_, i) => i).sort((a, b) => requests[a]!.options.length - requests[b]!.options.length);
  for (const i of order) tryAssign(i, new Set());
  const out = new Map<string, Option>();
  for (const [i, o] of pick) if (owner.get(cellId(o)) === i) out.set(requests[i]!.key, o);
  return out;
}

/** Nodes per search: the window scan calls it a few hundred times, so this bounds a proposal to well under a second. */
const SEARCH_BUDGET = 5_000;

/** Overlapping grids: the largest set of pairwise non-overlapping choices, by bounded depth-first search. */
function searchInCells(requests: Request[], _cells: Cell[]): Map<string, Option> {
  const order = [...requests].sort((a, b) => a.options.length - b.options.length);
  let best = new Map<string, Option>();
  const current = new Map<string, Option>();
  let budget = SEARCH_BUDGET;
  const overlaps = (o: Option) => [...current.values()].some((c) => c.start < o.end && o.start < c.end);
  const visit = (i: number) => {
    if (budget-- <= 0) return;
    if (current.size + (order.length - i) <= best.size) return;
    if (i === order.length) {
      best = new Map(current);
      return;
    }
    const r = order[i]!;
    for (const o of r.options) {
      if (overlaps(o)) continue;
      current.set(r.key, o);
      visit(i + 1);
      current.delete(r.key);
      if (best.size === order.length) return;
    }
    visit(i + 1);
  };
  visit(0);
  return best;
}
