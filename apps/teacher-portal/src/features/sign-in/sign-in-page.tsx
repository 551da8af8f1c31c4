import { useEffect, useRef, useState } from 'react';
import { ForgotPasswordForm } from './forgot-password-form.tsx';
import { SignInForm } from './sign-in-form.tsx';

/** Shown in place of any page while nobody is signed in; after signing in that page appears. */
export function SignInPage({ sessionExpired }: { sessionExpired: boolean }) {
  const [forgotFor, setForgotFor] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [forgotFor]);

  return (
    <main className="page narrow" id="main">
      <p className="brand">EduTrack Meet · Staff</p>
      <h1 tabIndex={-1} ref={heading}>
        {forgotFor === null ? 'Sign in' : 'Reset your password'}
      </h1>
      {sessionExpired && forgotFor === null && (
        <p className="notice" role="status">
          Your session has ended. Sign in again to carry on where you were.
        </p>
      )}
      {forgotFor === null ? (
        <SignInForm onForgotPassword={setForgotFor} />
      ) : (
        <ForgotPasswordForm initialEmail={forgotFor} onBack={() => setForgotFor(null)} />
      )}
    </main>
  );
}
