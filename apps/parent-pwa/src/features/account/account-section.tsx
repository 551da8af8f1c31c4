import { addCatalogs } from '@edutrack/i18n/browser';
import { useT } from '@edutrack/i18n/react';
import { lazy, Suspense } from 'react';
import { useSignOut } from '../../api/use-session.ts';
import { ChunkErrorBoundary } from '../../components/chunk-error-boundary.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { useParent } from '../../session/require-parent.tsx';
import { LanguagePicker } from './language-picker.tsx';
import { pushCatalogs } from '../../i18n/catalogs.ts';

// Push is an opt-in few parents open: its code stays out of the first screen's JavaScript.
const PushOptIn = lazy(async () => {
  const [module] = await Promise.all([import('../push/push-opt-in.tsx'), addCatalogs(pushCatalogs)]);
  return { default: module.PushOptIn };
});

/** Who is signed in on this device, and signing out (which also forgets the saved meetings). */
export function AccountSection() {
  const t = useT();
  const parent = useParent();
  const signOut = useSignOut();
  return (
    <section className="account" aria-label={t('account.yourAccount')}>
      <p>{t('account.signedInAs', { name: parent.name, email: parent.email })}</p>
      <LanguagePicker />
      <ChunkErrorBoundary>
        <Suspense fallback={null}>
          <PushOptIn />
        </Suspense>
      </ChunkErrorBoundary>
      {signOut.isError && <ErrorMessage error={signOut.error} />}
      <OnlineOnlyButton
        type="button"
        className="button secondary"
        action={t('account.signingOutAction')}
        busy={signOut.isPending}
        busyLabel={t('account.signingOut')}
        onClick={() => signOut.mutate()}
      >
        {t('account.signOut')}
      </OnlineOnlyButton>
    </section>
  );
}
