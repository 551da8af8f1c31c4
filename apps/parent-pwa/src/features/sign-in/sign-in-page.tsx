import { useEffect, useState } from 'react';
import { Redirect, useLocation } from 'wouter';
import { useSession } from '../../api/use-session.ts';
import { PlainLayout } from '../../layout/parent-layout.tsx';
import { ContinueSignIn } from './continue-sign-in.tsx';
import { RequestLinkForm } from './request-link-form.tsx';
import { forgetSignInToken, readSignInToken } from './sign-in-token.ts';

/** /sign-in: with a token from the emailed link, "Continue"; without one, ask for a link. */
export function SignInPage() {
  const [token, setToken] = useState(() => readSignInToken(window.location.hash));
  const session = useSession();
  const [, navigate] = useLocation();
  useEffect(() => {
    // A link opened while this page is already showing (same tab) only changes the fragment.
    const onHashChange = () => setToken((current) => readSignInToken(window.location.hash) ?? current);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  if (!token && session.data?.guardian) return <Redirect to="/" replace />;
  return (
    <PlainLayout>
      {token ? (
        <ContinueSignIn
          token={token}
          onSignedIn={() => navigate('/', { replace: true })}
          onWantNewLink={() => {
            forgetSignInToken();
            setToken(null);
          }}
        />
      ) : (
        <RequestLinkForm />
      )}
    </PlainLayout>
  );
}
