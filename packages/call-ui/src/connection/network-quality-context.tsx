import { useAppMessage, useDailyEvent, useLocalSessionId, useNetwork } from '@daily-co/daily-react';
import type { DailyEventObjectAppMessage } from '@daily-co/daily-js';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';

export type NetworkState = 'good' | 'warning' | 'bad' | 'unknown';

/** The app message each side sends when its own assessment changes (and to whoever joins). */
interface NetworkStateMessage {
  kind: 'etm-network-state';
  networkState: NetworkState;
}

const isNetworkStateMessage = (data: unknown): data is NetworkStateMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { kind?: unknown }).kind === 'etm-network-state' &&
  ['good', 'warning', 'bad', 'unknown'].includes(String((data as { networkState?: unknown }).networkState));

const NetworkQuality = createContext<{ of: (sessionId: string) => NetworkState; local: NetworkState }>({
  of: () => 'unknown',
  local: 'unknown',
});

/**
 * Everyone's connection in the call. daily-js assesses only the local participant's network
 * (`network-quality-change`); Daily's participant objects carry no one else's, so each side tells
 * the others its own with an app message (`sendAppMessage`, which Daily delivers to everyone in the
 * call), again whenever it changes and when someone joins. The teacher thus sees the parent's.
 */
export function NetworkQualityProvider({ children }: { children: ReactNode }) {
  const { networkState } = useNetwork();
  const localId = useLocalSessionId();
  const [remote, setRemote] = useState<Record<string, NetworkState>>({});
  const send = useAppMessage<NetworkStateMessage>({
    onAppMessage: useCallback((event: DailyEventObjectAppMessage<NetworkStateMessage>) => {
      if (!isNetworkStateMessage(event.data)) return;
      const { networkState: theirs } = event.data;
      setRemote((current) => ({ ...current, [event.fromId]: theirs }));
    }, []),
  });
  const latest = useRef(networkState);
  latest.current = networkState;

  useEffect(() => {
    if (networkState !== 'unknown') send({ kind: 'etm-network-state', networkState });
  }, [networkState, send]);

  useDailyEvent(
    'participant-joined',
    useCallback(
      (event: { participant: { session_id: string } }) => {
        if (latest.current !== 'unknown')
          send({ kind: 'etm-network-state', networkState: latest.current }, event.participant.session_id);
      },
      [send],
    ),
  );
  useDailyEvent(
    'participant-left',
    useCallback((event: { participant: { session_id: string } }) => {
      setRemote(({ [event.participant.session_id]: _gone, ...others }) => others);
    }, []),
  );

  const of = useCallback(
    (sessionId: string) => (sessionId === localId ? networkState : (remote[sessionId] ?? 'unknown')),
    [localId, networkState, remote],
  );
  return <NetworkQuality.Provider value={{ of, local: networkState }}>{children}</NetworkQuality.Provider>;
}

export function useNetworkQualityOf(sessionId: string): NetworkState {
  return useContext(NetworkQuality).of(sessionId);
}

export function useLocalNetworkQuality(): NetworkState {
  return useContext(NetworkQuality).local;
}
