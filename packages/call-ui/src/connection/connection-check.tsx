import { useT } from '@edutrack/i18n/react';
import type { ConnectionTest } from './use-connection-test.ts';

/**
 * The connection test's answer in plain words, with what to do about a weak one. The verdict is
 * written out, never only coloured; the region is polite, so it is read out when it arrives.
 */
export function ConnectionCheck({
  test,
  onRetest,
  onJoinSoundOnly,
}: {
  test: ConnectionTest;
  onRetest: () => void;
  onJoinSoundOnly: () => void;
}) {
  const t = useT();
  return (
    <section className="etm-connection-check" aria-labelledby="etm-connection-check-title">
      <h2 id="etm-connection-check-title">{t('call.connection.title')}</h2>
      <div role="status" className="etm-connection-check-answer">
        <Answer test={test} />
      </div>
      {test.status === 'done' && (test.verdict === 'warning' || test.verdict === 'bad') ? (
        <>
          <ul className="etm-advice">
            <li>{t('call.connection.adviceRouter')}</li>
            <li>{t('call.connection.advicePause')}</li>
            <li>{t('call.connection.adviceVideoOff')}</li>
          </ul>
          <div className="etm-call-actions">
            <button type="button" className="etm-button etm-button--primary" onClick={onJoinSoundOnly}>
              {t('call.device.joinSoundOnly')}
            </button>
            <button type="button" className="etm-button" onClick={onRetest}>
              {t('call.connection.testAgain')}
            </button>
          </div>
        </>
      ) : test.status === 'done' ? (
        <div className="etm-call-actions">
          <button type="button" className="etm-button etm-button--small" onClick={onRetest}>
            {t('call.connection.testAgain')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function Answer({ test }: { test: ConnectionTest }) {
  const t = useT();
  if (test.status === 'idle') return <p>{t('call.connection.idle')}</p>;
  if (test.status === 'running') return <p>{t('call.connection.running')}</p>;
  switch (test.verdict) {
    case 'good':
      return <p className="etm-verdict etm-verdict--good">{t('call.connection.good')}</p>;
    case 'warning':
      return <p className="etm-verdict etm-verdict--warning">{t('call.connection.warning')}</p>;
    case 'bad':
      return <p className="etm-verdict etm-verdict--bad">{t('call.connection.bad')}</p>;
    case 'failed':
      return <p>{t('call.connection.failed')}</p>;
  }
}
