import { useT } from '@edutrack/i18n/react';
import { useRedeemSignInLink } from '../../api/use-session.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

/**
 * Opening the emailed link does nothing by itself (mail scanners open links too); only "Continue"
 * spends it. An expired or used link offers a new one.
 */
export function ContinueSignIn(props: { token: string; onSignedIn: () => void; onWantNewLink: () => void }) {
  const t = useT();
  const redeem = useRedeemSignInLink();
  return (
    <div className="stack">
      <PageHeading title={t('signIn.title')}>{t('signIn.continueHeading')}</PageHeading>
      {redeem.isError ? (
        <>
          <ErrorMessage error={redeem.error} />
          <button type="button" className="button primary" onClick={props.onWantNewLink}>
            {t('signIn.newLink')}
          </button>
        </>
      ) : (
        <>
          <p>{t('signIn.continueText')}</p>
          <OnlineOnlyButton
            type="button"
            action={t('signIn.signingInAction')}
            busy={redeem.isPending}
            busyLabel={t('signIn.signingIn')}
            onClick={() => redeem.mutate({ token: props.token }, { onSuccess: props.onSignedIn })}
          >
            {t('signIn.continue')}
          </OnlineOnlyButton>
        </>
      )}
    </div>
  );
}
