import { useEffect, useRef, useState, type ReactNode } from 'react';
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
  if (state.kind === 'joining') {
    return (
      <CallMessagePanel title="Getting the video room ready…">
        <p>This takes a moment.</p>
      </CallMessagePanel>
    );
  }
  return (
    <CallMessagePanel
      title="You can't join the video call right now"
      tone="problem"
      actions={
        <>
          <button type="button" className="etm-button etm-button--primary" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
          <button type="button" className="etm-button" onClick={onBack}>
            Back
          </button>
        </>
      }
    >
      <p>{state.message}</p>
    </CallMessagePanel>
  );
}
