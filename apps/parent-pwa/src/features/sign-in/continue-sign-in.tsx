import { useRedeemSignInLink } from '../../api/use-session.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

/**
 * Opening the emailed link does nothing by itself (mail scanners open links too); only "Continue"
 * spends it. An expired or used link offers a new one.
 */
export function ContinueSignIn(props: { token: string; onSignedIn: () => void; onWantNewLink: () => void }) {
  const redeem = useRedeemSignInLink();
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
        <OnlineOnlyButton
          type="button"
          action="Signing in"
          busy={redeem.isPending}
          busyLabel="Signing in…"
          onClick={() => redeem.mutate({ token: props.token }, { onSuccess: props.onSignedIn })}
        >
          Continue
        </OnlineOnlyButton>
      )}
    </div>
  );
}
