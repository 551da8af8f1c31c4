import { invalidRequest } from './daily-emulator-error.ts';

export interface PageRequest {
  limit?: number;
  startingAfter?: string;
  endingBefore?: string;
}

const MAX_PAGE_LIMIT = 100;

/**
 * Cursor pages over items in creation order. A cursor is an item id; `positionOf` must still know
 * ids of deleted items, so deleting the row a caller paged past does not break its next page.
 */
export function paginate<T>(
  items: readonly T[],
  { idOf, positionOf }: { idOf: (item: T) => string; positionOf: (id: string) => number | undefined },
  { limit = MAX_PAGE_LIMIT, startingAfter, endingBefore }: PageRequest,
): T[] {
  const size = Math.min(Math.max(Math.trunc(limit), 1), MAX_PAGE_LIMIT);
  const cursor = (name: string, id: string): number => {
    const position = positionOf(id);
    if (position === undefined) throw invalidRequest(`${name}: no object with id ${id}`);
    return position;
  };
  const positioned = items.map((item) => ({ item, position: positionOf(idOf(item)) ?? 0 }));
  if (startingAfter !== undefined) {
    const after = cursor('starting_after', startingAfter);
    return positioned
      .filter(({ position }) => position > after)
      .slice(0, size)
      .map(({ item }) => item);
  }
  if (endingBefore !== undefined) {
    const before = cursor('ending_before', endingBefore);
    return positioned
      .filter(({ position }) => position < before)
      .slice(-size)
      .map(({ item }) => item);
  }
  return items.slice(0, size);
}
