import { DailyProvider } from '@daily-co/daily-react';
import type { ReactNode } from 'react';
import type { CallObject } from './call-object.ts';

/**
 * daily-react's provider for an injected call object. The `callObject` key stays present while the
 * object is still null: without the key daily-react would create a daily-js instance of its own.
 */
export function CallProvider({ callObject, children }: { callObject: CallObject | null; children: ReactNode }) {
  return <DailyProvider callObject={callObject}>{children}</DailyProvider>;
}
