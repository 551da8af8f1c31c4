/** One key per form submission: a retried or double-clicked submit books once. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
