import { invalidRequest } from './daily-emulator-error.ts';

export interface PageRequest {
  limit?: number;
  startingAfter?: string;
  endingBefore?: string;
}

const MAX_PAGE_LIMIT = 100;

/**
 * Cursor pages over items. A cursor is an item id; `positionOf` (creation order) must still know ids
 * of deleted items, so deleting the row a caller paged past does not break its next page.
 *
 * The cursors are defined by creation time, whatever the listing order (Daily's list-rooms docs:
 * `ending_before` "returns room objects created before a provided room id", `starting_after` those
 * "created after" it). `newest-first` is Daily's order for GET /rooms ("reverse chronological order
 * (your most recent room comes first)", docs.daily.co/reference/rest-api/rooms/list-rooms): there a
 * caller walks to older rooms with `ending_before` = the last id of the page it has. Whichever order,
 * a page holds the `limit` items nearest the cursor.
 */
export function paginate<T>(
  items: readonly T[],
  { idOf, positionOf }: { idOf: (item: T) => string; positionOf: (id: string) => number | undefined },
  { limit = MAX_PAGE_LIMIT, startingAfter, endingBefore }: PageRequest,
  order: 'oldest-first' | 'newest-first' = 'oldest-first',
): T[] {
  const size = Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE_LIMIT);
  const cursor = (name: string, id: string): number => {
    const position = positionOf(id);
    if (position === undefined) throw invalidRequest(`${name}: no object with id ${id}`);
    return position;
  };
  // Oldest first, by creation.
  const chronological = items
    .map((item) => ({ item, position: positionOf(idOf(item)) ?? 0 }))
    .sort((a, b) => a.position - b.position);
  let window: typeof chronological;
  if (startingAfter !== undefined) {
    const after = cursor('starting_after', startingAfter);
    window = chronological.filter(({ position }) => position > after).slice(0, size);
  } else if (endingBefore !== undefined) {
    const before = cursor('ending_before', endingBefore);
    window = chronological.filter(({ position }) => position < before).slice(-size);
  } else {
    window = order === 'newest-first' ? chronological.slice(-size) : chronological.slice(0, size);
  }
  const page = window.map(({ item }) => item);
  return order === 'newest-first' ? page.reverse() : page;
}
