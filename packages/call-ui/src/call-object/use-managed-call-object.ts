import { useEffect, useRef, useState } from 'react';
import type { CallObject, CallObjectFactory } from './call-object.ts';

/**
 * Daily allows one call instance per page, and `destroy()` is asynchronous. Each new instance waits
 * for the previous one to be destroyed, so a remount (React StrictMode, leaving and joining again)
 * never meets "Duplicate DailyIframe instances are not allowed".
 */
let previousDestroyed: Promise<void> = Promise.resolve();

/**
 * Creates a call object with `factory` when the screen mounts and destroys it when it unmounts.
 * Returns null until it exists. The factory is read once per mount.
 */
export function useManagedCallObject(factory: CallObjectFactory): CallObject | null {
  const factoryRef = useRef(factory);
  factoryRef.current = factory;
  const [callObject, setCallObject] = useState<CallObject | null>(null);

  useEffect(() => {
    let unmounted = false;
    let created: CallObject | null = null;
    void previousDestroyed.then(() => {
      if (unmounted) return;
      created = factoryRef.current();
      setCallObject(created);
    });
    return () => {
      unmounted = true;
      setCallObject(null);
      const toDestroy = created;
      if (toDestroy) {
        previousDestroyed = previousDestroyed
          .then(() => (toDestroy.isDestroyed() ? undefined : toDestroy.destroy()))
          .catch(() => undefined);
      }
    };
  }, []);

  return callObject;
}
