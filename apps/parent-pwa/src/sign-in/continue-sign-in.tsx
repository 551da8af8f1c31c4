import { useId } from 'react';
import { useRedeemSignInLink } from '../api/use-session.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { OfflineHint } from '../components/offline-hint.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useOnline } from '../hooks/use-online.ts';

/**
 * Opening the emailed link does nothing by itself (mail scanners open links too); only "Continue"
 * spends it. An expired or used link offers a new one.
 */
export function ContinueSignIn(props: { token: string; onSignedIn: () => void; onWantNewLink: () => void }) {
  const redeem = useRedeemSignInLink();
  const online = useOnline();
  const hintId = useId();
  return (
    <div className="stack">
      <PageHeading title="Sign in">Sign in to EduTrack Meet</PageHeading>
      <p>Tap Continue to sign in on this device. You will stay signed in until you sign out.</p>
      {redeem.isError ? (
        <>
          <ErrorMessage error={redeem.error} />
          <button type="button" className="button primary" onClick={props.onWantNewLink}>
            Email me a new link
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button primary"
          disabled={redeem.isPending || !online}
          aria-describedby={online ? undefined : hintId}
          onClick={() => redeem.mutate({ token: props.token }, { onSuccess: props.onSignedIn })}
        >
          {redeem.isPending ? 'Signing in…' : 'Continue'}
        </button>
      )}
      {!online && <OfflineHint id={hintId} action="Signing in" />}
    </div>
  );
}
