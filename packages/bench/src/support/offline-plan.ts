/**
 * The offline comparison for the opening rush: the same requests, planned after the fact with all
 * of them known. Each request is one child's meeting with one teacher; a teacher has `slots` slots
 * in a row; a family can be in one meeting at a time.
 *
 * `bound`: no plan can serve more than Σ min(requests for t, slots), each teacher's own limit.
 * `greedy`: a plan that exists: families with the most requests first, each request in the earliest
 * slot its teacher and its family both have free (teachers with the fewest free slots left first).
 */
export function offlinePlan(families: { teacherIds: string[] }[], slots: number): { bound: number; greedy: number } {
  const demand = new Map<string, number>();
  for (const f of families) for (const t of f.teacherIds) demand.set(t, (demand.get(t) ?? 0) + 1);
  const bound = [...demand.values()].reduce((sum, d) => sum + Math.min(d, slots), 0);

  const teacherBusy = new Map<string, boolean[]>();
  const busyOf = (t: string) => teacherBusy.get(t) ?? teacherBusy.set(t, Array<boolean>(slots).fill(false)).get(t)!;
  const freeLeft = (t: string) => busyOf(t).filter((b) => !b).length;
  let greedy = 0;
  for (const family of [...families].sort((a, b) => b.teacherIds.length - a.teacherIds.length)) {
    const mine = Array<boolean>(slots).fill(false);
    for (const t of [...family.teacherIds].sort((a, b) => freeLeft(a) - freeLeft(b))) {
      const busy = busyOf(t);
      const at = busy.findIndex((b, i) => !b && !mine[i]);
      if (at < 0) continue;
      busy[at] = true;
      mine[at] = true;
      greedy++;
    }
  }
  return { bound, greedy };
}
