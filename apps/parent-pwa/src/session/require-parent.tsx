import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useT } from '@edutrack/i18n/react';
import { useTRPC } from '@edutrack/web-kit';
import type { SignedInParent } from '../api/types.ts';
import { useSession } from '../api/use-session.ts';
import { QueryView } from '../components/query-view.tsx';
import { PlainLayout } from '../layout/parent-layout.tsx';

const ParentContext = createContext<SignedInParent | null>(null);

/** The signed-in parent; only inside <RequireParent>. */
export function useParent(): SignedInParent {
  const parent = useContext(ParentContext);
  if (!parent) throw new Error('useParent() is only available inside <RequireParent>.');
  return parent;
}

/**
 * Renders its children for a signed-in parent (known from the server, or from the device's saved
 * copy while offline) and sends everyone else to the sign-in page.
 */
export function RequireParent({ children }: { children: ReactNode }) {
  const t = useT();
  const session = useSession();
  const parent = session.data?.guardian;
  if (parent) return <ParentContext.Provider value={parent}>{children}</ParentContext.Provider>;
  // "Signed out" is only believed once the server has confirmed it (or cannot be asked, offline).
  if (session.data && session.fetchStatus !== 'fetching') return <SignedOut />;
  if (session.data) return <p role="status">{t('common.loading')}</p>;
  return (
    <PlainLayout>
      <QueryView query={session} what={t('account.yourAccount')}>
        {() => null}
      </QueryView>
    </PlainLayout>
  );
}

/** Signed out (or the session ended): nothing of the last parent stays on screen or on the device. */
function SignedOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    queryClient.removeQueries({ queryKey: trpc.parent.pathKey() });
  }, [queryClient, trpc]);
  return <Redirect to="/sign-in" replace />;
}
