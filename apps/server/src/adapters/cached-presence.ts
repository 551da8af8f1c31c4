/** How long one answer of Daily's `GET /presence` serves every room's "is the teacher in?" question. */
export const PRESENCE_TTL_MS = 5_000;

/**
 * Daily's domain presence (`GET /presence`: every room's participants in one answer), fetched at most
 * once per PRESENCE_TTL_MS however many parents are waiting, with concurrent askers sharing one
 * request. One request per 5 s stays far inside Daily's 20 req/s whatever the evening's size; per room
 * (`GET /rooms/:name/presence`) it would grow with the number of waiting parents.
 */
export function cachedPresence<T>(load: () => Promise<T>, now: () => number, ttlMs = PRESENCE_TTL_MS) {
  let cached: { at: number; value: Promise<T> } | undefined;
  return (): Promise<T> => {
    const t = now();
    if (cached && t - cached.at < ttlMs) return cached.value;
    const value = load();
    cached = { at: t, value };
    // A failure is not kept: the next asker tries again.
    value.catch(() => {
      if (cached?.value === value) cached = undefined;
    });
    return value;
  };
}
