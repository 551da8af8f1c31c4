import type { DailyEventObject } from '@daily-co/daily-js';
import { useDailyEvent } from '@daily-co/daily-react';
import { useCallback, useRef } from 'react';

export interface CallEventHandlers {
  error?: (event: DailyEventObject<'error'>) => void;
  leftMeeting?: () => void;
  accessStateUpdated?: (event: DailyEventObject<'access-state-updated'>) => void;
  networkConnection?: (event: DailyEventObject<'network-connection'>) => void;
}

/**
 * The call's lifecycle events, with handlers that may change every render: daily-react wants stable
 * callbacks, so these read the latest handlers through a ref.
 */
export function useCallEvents(handlers: CallEventHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useDailyEvent(
    'error',
    useCallback((event: DailyEventObject<'error'>) => latest.current.error?.(event), []),
  );
  useDailyEvent(
    'left-meeting',
    useCallback(() => latest.current.leftMeeting?.(), []),
  );
  useDailyEvent(
    'access-state-updated',
    useCallback((event: DailyEventObject<'access-state-updated'>) => latest.current.accessStateUpdated?.(event), []),
  );
  useDailyEvent(
    'network-connection',
    useCallback((event: DailyEventObject<'network-connection'>) => latest.current.networkConnection?.(event), []),
  );
}
