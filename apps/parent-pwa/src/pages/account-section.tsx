import { useId } from 'react';
import { useSignOut } from '../api/use-session.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { OfflineHint } from '../components/offline-hint.tsx';
import { useOnline } from '../hooks/use-online.ts';
import { useParent } from '../session/require-parent.tsx';

/** Who is signed in on this device, and signing out (which also forgets the saved meetings). */
export function AccountSection() {
  const parent = useParent();
  const signOut = useSignOut();
  const online = useOnline();
  const hintId = useId();
  return (
    <section className="account" aria-label="Your account">
      <p>
        Signed in as {parent.name} ({parent.email}). You stay signed in on this device until you sign out.
      </p>
      {signOut.isError && <ErrorMessage error={signOut.error} />}
      <button type="button" className="button secondary" disabled={!online || signOut.isPending} aria-describedby={online ? undefined : hintId} onClick={() => signOut.mutate()}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {!online && <OfflineHint id={hintId} action="Signing out" />}
    </section>
  );
}
