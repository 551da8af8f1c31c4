import { useDaily } from '@daily-co/daily-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallTicket } from '../call-ticket.ts';

type ConnectionVerdict = 'good' | 'warning' | 'bad' | 'failed';
export type ConnectionTest =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; verdict: ConnectionVerdict };

/**
 * The connection test before knocking: daily-js's `testCallQuality()` (the stand-in's measures a real
 * WebRTC connection), which Daily requires after `preAuth()` and before `join()`. It starts by itself
 * when the call object is ready; joining meanwhile ends it (Daily then answers 'aborted', shown as
 * nothing). `retest` runs it again.
 */
export function useConnectionTest(ticket: CallTicket): { test: ConnectionTest; retest: () => void } {
  const daily = useDaily();
  const [test, setTest] = useState<ConnectionTest>({ status: 'idle' });
  const run = useRef(0);

  const start = useCallback(async () => {
    if (!daily) return;
    const mine = ++run.current;
    setTest({ status: 'running' });
    let verdict: ConnectionVerdict | 'aborted';
    try {
      await daily.preAuth({ url: ticket.roomUrl, token: ticket.token });
      verdict = (await daily.testCallQuality()).result;
    } catch {
      verdict = 'failed';
    }
    if (mine !== run.current) return;
    setTest(verdict === 'aborted' ? { status: 'idle' } : { status: 'done', verdict });
  }, [daily, ticket]);

  useEffect(() => {
    void start();
    return () => {
      run.current++;
      daily?.stopTestCallQuality();
    };
  }, [daily, start]);

  return { test, retest: () => void start() };
}
