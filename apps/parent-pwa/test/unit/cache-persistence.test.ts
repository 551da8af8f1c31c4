import { describe, expect, it } from 'vitest';
import { shouldPersistQuery } from '../../src/api/cache-persistence.ts';

const query = (
  path: string[],
  status: 'success' | 'error' | 'pending' = 'success',
  data: unknown = { guardian: { id: 'g1' } },
) =>
  ({ queryKey: [path, { type: 'query' }], state: { status, data } }) as unknown as Parameters<
    typeof shouldPersistQuery
  >[0];

describe('what is kept on the device for offline use', () => {
  it('keeps who is signed in, the children and their meetings', () => {
    expect(shouldPersistQuery(query(['auth', 'me']))).toBe(true);
    expect(shouldPersistQuery(query(['parent', 'directory', 'children']))).toBe(true);
    expect(shouldPersistQuery(query(['parent', 'appointments', 'list']))).toBe(true);
    expect(shouldPersistQuery(query(['parent', 'appointments', 'get']))).toBe(true);
  });

  it('never keeps open slots (offering them offline would promise what may be gone) or failed reads', () => {
    expect(shouldPersistQuery(query(['parent', 'availability', 'openSlots']))).toBe(false);
    expect(shouldPersistQuery(query(['parent', 'directory', 'children'], 'error'))).toBe(false);
  });

  it('never keeps a signed-out answer, which restored after a sign-in would send the parent back to sign-in', () => {
    expect(shouldPersistQuery(query(['auth', 'me'], 'success', { staff: null, guardian: null }))).toBe(false);
  });
});
