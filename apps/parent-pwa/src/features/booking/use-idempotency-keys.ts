import { useRef } from 'react';
import { newIdempotencyKey } from '@edutrack/web-kit';

/**
 * One request key per thing being asked for (a slot): pressing "Book" twice, or again after a
 * dropped connection, books once; a different slot is a different request.
 */
export function useIdempotencyKeys(): (target: string) => string {
  const keys = useRef(new Map<string, string>());
  return (target) => {
    let key = keys.current.get(target);
    if (!key) {
      key = newIdempotencyKey();
      keys.current.set(target, key);
    }
    return key;
  };
}
