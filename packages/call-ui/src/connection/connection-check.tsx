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
  return (
    <section className="etm-connection-check" aria-labelledby="etm-connection-check-title">
      <h2 id="etm-connection-check-title">Your internet connection</h2>
      <div role="status" className="etm-connection-check-answer">
        <Answer test={test} />
      </div>
      {test.status === 'done' && (test.verdict === 'warning' || test.verdict === 'bad') ? (
        <>
          <ul className="etm-advice">
            <li>Move closer to your router, or stand where your phone shows more signal bars.</li>
            <li>Ask others at home to pause videos and downloads for a few minutes.</li>
            <li>Turn off video: you will still see and hear the teacher, and your voice will be clearer.</li>
          </ul>
          <div className="etm-call-actions">
            <button type="button" className="etm-button etm-button--primary" onClick={onJoinSoundOnly}>
              Join with sound only
            </button>
            <button type="button" className="etm-button" onClick={onRetest}>
              Test again
            </button>
          </div>
        </>
      ) : test.status === 'done' ? (
        <div className="etm-call-actions">
          <button type="button" className="etm-button etm-button--small" onClick={onRetest}>
            Test again
          </button>
        </div>
      ) : null}
    </section>
  );
}

function Answer({ test }: { test: ConnectionTest }) {
  if (test.status === 'idle') return <p>You can test your connection before you join.</p>;
  if (test.status === 'running')
    return <p>Checking your connection… This takes up to half a minute. You can join while it runs.</p>;
  switch (test.verdict) {
    case 'good':
      return <p className="etm-verdict etm-verdict--good">Your connection is good for a video call.</p>;
    case 'warning':
      return (
        <p className="etm-verdict etm-verdict--warning">
          Your connection is weak: the picture may freeze now and then.
        </p>
      );
    case 'bad':
      return (
        <p className="etm-verdict etm-verdict--bad">
          Your connection is poor: video will probably freeze or cut out. Sound only works better.
        </p>
      );
    case 'failed':
      return <p>We couldn't test your connection. You can still join.</p>;
  }
}
