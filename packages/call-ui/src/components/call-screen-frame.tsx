import type { ReactNode } from 'react';
import type { CallObject } from '../call-object/call-object.ts';
import { CallProvider } from '../call-object/call-provider.tsx';
import { useCallCatalogs } from '../i18n/use-call-catalogs.ts';

/** A call screen's outer frame: the call object's provider, the stylesheet's root class, the messages. */
export function CallScreenFrame({
  callObject,
  who,
  children,
}: {
  callObject: CallObject | null;
  who: 'teacher' | 'parent';
  children: ReactNode;
}) {
  const ready = useCallCatalogs();
  return (
    <CallProvider callObject={callObject}>
      <div className={`etm-call etm-call--${who}`}>{ready ? children : null}</div>
    </CallProvider>
  );
}
