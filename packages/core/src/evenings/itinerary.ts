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
 *
 * Limits (per child, per parent) are part of the problem, not a filter before it: a request for a full
 * teacher must not use up the family's allowance. With limits, matching becomes a small max-flow
 * (parent → child → request → cell, the limits as capacities). When not every request can be served,
 * the requests kept are chosen in the parent's order: from the last request back, one is dropped
 * whenever the rest still serve the maximum, so the most meetings are served and, among equally many,
 * the ones asked for first.
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
  /** Whose limit it counts against (a child); requests without a group count only against `total`. */
  group?: string;
}

/** How many meetings may still be booked: in all, and per group. Missing: no limit. */
export interface Limits {
  total?: number;
  perGroup?: Map<string, number>;
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

export function planItinerary(
  requests: Request[],
  window?: { from: number; to: number },
  limits: Limits = {},
): Itinerary {
  const inWindow = requests.map((r) => ({
    ...r,
    options: r.options.filter((o) => !window || (o.start >= window.from && o.end <= window.to)),
  }));
  const cells = [
    ...new Map(inWindow.flatMap((r) => r.options).map((o) => [cellId(o), { start: o.start, end: o.end }])).values(),
  ];
  const solve = (rs: Request[], cs: Cell[]) =>
    isLaminar(cs) ? flowInCells(rs, cs, limits) : searchInCells(rs, cs, limits);
  let best = solve(inWindow, cells);
  const target = best.size;
  if (target === 0) return { chosen: new Map(), unserved: requests.map((r) => r.key), span: 0 };
  let usable = inWindow;
  if (target < usable.length) {
    for (let i = usable.length - 1; i >= 0; i--) {
      const without = usable.filter((_, j) => j !== i);
      // A request the current best leaves out can go without another solve.
      const kept = best.has(usable[i]!.key) ? solve(without, cells) : best;
      if (kept.size === target) {
        usable = without;
        best = kept;
      }
    }
  }

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
        usable.map((r) => ({ ...r, options: r.options.filter((o) => o.start >= a && o.end <= b) })),
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

/**
 * The most requests that get a cell each within the limits: max-flow by augmenting paths over
 * source → group (capacity: its limit) → request → cell → sink, with the parent's total limit on the
 * source. Without limits this is plain bipartite matching. A family has at most a few dozen requests
 * and cells, and the flow is at most the number of requests, so depth-first augmenting is enough.
 */
function flowInCells(requests: Request[], _cells: Cell[], limits: Limits): Map<string, Option> {
  const to: number[] = [];
  const cap: number[] = [];
  const adj: number[][] = [];
  const node = () => adj.push([]) - 1;
  const edge = (a: number, b: number, c: number) => {
    adj[a]!.push(to.length);
    to.push(b);
    cap.push(c);
    adj[b]!.push(to.length);
    to.push(a);
    cap.push(0);
    return to.length - 2;
  };
  const n = requests.length;
  const source = node();
  const root = node();
  const sink = node();
  edge(source, root, Math.min(limits.total ?? n, n));
  const groups = new Map<string, number>();
  const cellNodes = new Map<string, number>();
  const choices: { request: number; option: Option; edge: number }[] = [];
  requests.forEach((r, i) => {
    const g = r.group ?? `\u0000${i}`;
    let gNode = groups.get(g);
    if (gNode === undefined) {
      gNode = node();
      groups.set(g, gNode);
      edge(root, gNode, Math.min(limits.perGroup?.get(g) ?? n, n));
    }
    const rNode = node();
    edge(gNode, rNode, 1);
    for (const o of r.options) {
      let cNode = cellNodes.get(cellId(o));
      if (cNode === undefined) {
        cNode = node();
        cellNodes.set(cellId(o), cNode);
        edge(cNode, sink, 1);
      }
      choices.push({ request: i, option: o, edge: edge(rNode, cNode, 1) });
    }
  });
  const augment = (v: number, seen: Uint8Array): boolean => {
    if (v === sink) return true;
    seen[v] = 1;
    for (const e of adj[v]!) {
      if (cap[e]! > 0 && !seen[to[e]!] && augment(to[e]!, seen)) {
        cap[e]!--;
        cap[e ^ 1]!++;
        return true;
      }
    }
    return false;
  };
  while (augment(source, new Uint8Array(adj.length)));
  const out = new Map<string, Option>();
  for (const c of choices) if (cap[c.edge] === 0) out.set(requests[c.request]!.key, c.option);
  return out;
}

/** Nodes per search: the window scan calls it a few hundred times, so this bounds a proposal to well under a second. */
const SEARCH_BUDGET = 5_000;

/** Overlapping grids: the largest set of pairwise non-overlapping choices within the limits, by bounded depth-first search. */
function searchInCells(requests: Request[], _cells: Cell[], limits: Limits): Map<string, Option> {
  const order = [...requests].sort((a, b) => a.options.length - b.options.length);
  let best = new Map<string, Option>();
  const current = new Map<string, Option>();
  const perGroup = new Map<string, number>();
  let budget = SEARCH_BUDGET;
  const overlaps = (o: Option) => [...current.values()].some((c) => c.start < o.end && o.start < c.end);
  const fits = (r: Request) =>
    current.size < (limits.total ?? Infinity) &&
    (r.group === undefined || (perGroup.get(r.group) ?? 0) < (limits.perGroup?.get(r.group) ?? Infinity));
  const visit = (i: number) => {
    if (budget-- <= 0) return;
    if (current.size + (order.length - i) <= best.size) return;
    if (i === order.length) {
      best = new Map(current);
      return;
    }
    const r = order[i]!;
    if (fits(r)) {
      if (r.group !== undefined) perGroup.set(r.group, (perGroup.get(r.group) ?? 0) + 1);
      for (const o of r.options) {
        if (overlaps(o)) continue;
        current.set(r.key, o);
        visit(i + 1);
        current.delete(r.key);
        if (best.size === order.length) break;
      }
      if (r.group !== undefined) perGroup.set(r.group, perGroup.get(r.group)! - 1);
      if (best.size === order.length) return;
    }
    visit(i + 1);
  };
  visit(0);
  return best;
}
