import { useT } from '@edutrack/i18n/react';
import type { ReactNode } from 'react';
import type { CallOutcome } from '../call/call-outcome.ts';
import { CallMessagePanel } from './call-message-panel.tsx';

/** A call that stopped: ended, refused or failed, with "try again" only where it may help. */
export function CallOutcomePanel({
  outcome,
  backLabel,
  onBack,
  onRetry,
  children,
}: {
  outcome: CallOutcome;
  /** Shown under the message, e.g. the parent's next meeting after this one ended. */
  children?: ReactNode;
  backLabel: string;
  onBack: () => void;
  onRetry?: () => void;
}) {
  const t = useT();
  const { problem } = outcome;
  const retry = outcome.status === 'failed' && problem.canRetry && onRetry;
  return (
    <CallMessagePanel
      title={problem.title}
      tone={outcome.status === 'failed' ? 'problem' : 'ended'}
      actions={
        <>
          {retry ? (
            <button type="button" className="etm-button etm-button--primary" onClick={onRetry}>
              {t('call.device.tryAgain')}
            </button>
          ) : null}
          <button type="button" className={retry ? 'etm-button' : 'etm-button etm-button--primary'} onClick={onBack}>
            {backLabel}
          </button>
        </>
      }
    >
      <p>{problem.message}</p>
      {children}
    </CallMessagePanel>
  );
}
