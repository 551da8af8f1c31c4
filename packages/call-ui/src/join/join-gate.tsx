import { useT } from '@edutrack/i18n/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useCallCatalogs } from '../i18n/use-call-catalogs.ts';
import { CallMessagePanel } from '../components/call-message-panel.tsx';
import type { DescribeError } from '../call-ticket.ts';

type JoinState<T> = { kind: 'joining' } | { kind: 'joined'; ticket: T } | { kind: 'refused'; message: string };

export interface JoinGateProps<T> {
  /** Asks the server for the room and a fresh meeting token (staff/parent `meetings.join`). */
  join: () => Promise<T>;
  describeError: DescribeError;
  /** Where "Back" goes when joining is refused (the agenda, my meetings). */
  onBack: () => void;
  children: (ticket: T) => ReactNode;
}

/**
 * Gets the join ticket once, then renders the call. When the server refuses (the room is not open
 * yet, the meeting is over, not yours), says so in its words, with "Try again" and "Back".
 */
export function JoinGate<T>({ join, describeError, onBack, children }: JoinGateProps<T>) {
  const t = useT();
  const ready = useCallCatalogs();
  const [state, setState] = useState<JoinState<T>>({ kind: 'joining' });
  const [attempt, setAttempt] = useState(0);
  const joinRef = useRef(join);
  joinRef.current = join;
  useEffect(() => {
    let current = true;
    setState({ kind: 'joining' });
    joinRef.current().then(
      (ticket) => current && setState({ kind: 'joined', ticket }),
      (error: unknown) => current && setState({ kind: 'refused', message: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [attempt, describeError]);

  if (state.kind === 'joined') return <>{children(state.ticket)}</>;
  if (!ready) return null;
  if (state.kind === 'joining') {
    return (
      <CallMessagePanel title={t('call.join.gettingReady')}>
        <p>{t('call.join.moment')}</p>
      </CallMessagePanel>
    );
  }
  return (
    <CallMessagePanel
      title={t('call.join.refused')}
      tone="problem"
      actions={
        <>
          <button type="button" className="etm-button etm-button--primary" onClick={() => setAttempt((n) => n + 1)}>
            {t('call.device.tryAgain')}
          </button>
          <button type="button" className="etm-button" onClick={onBack}>
            {t('call.device.back')}
          </button>
        </>
      }
    >
      <p>{state.message}</p>
    </CallMessagePanel>
  );
}
