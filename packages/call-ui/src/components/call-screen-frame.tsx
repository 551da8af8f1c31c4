import type { ReactNode } from 'react';
import type { CallObject } from '../call-object/call-object.ts';
import { CallProvider } from '../call-object/call-provider.tsx';

/** A call screen's outer frame: the call object's provider and the stylesheet's root class. */
export function CallScreenFrame({
  callObject,
  who,
  children,
}: {
  callObject: CallObject | null;
  who: 'teacher' | 'parent';
  children: ReactNode;
}) {
  return (
    <CallProvider callObject={callObject}>
      <div className={`etm-call etm-call--${who}`}>{children}</div>
    </CallProvider>
  );
}
