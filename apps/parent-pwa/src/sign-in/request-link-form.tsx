import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import { useRequestSignInLink } from '../api/use-session.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { OfflineHint } from '../components/offline-hint.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useOnline } from '../hooks/use-online.ts';

/** Enter an email address, get a one-time sign-in link; then "Check your email". */
export function RequestLinkForm() {
  const [email, setEmail] = useState('');
  const request = useRequestSignInLink();
  const online = useOnline();
  const ids = { hint: useId(), error: useId() };

  if (request.isSuccess) {
    return (
      <div className="stack">
        <PageHeading title="Check your email">Check your email</PageHeading>
        <p>
          If <strong>{request.variables.email}</strong> belongs to a parent at the school, a sign-in link is on its way. Open it on this
          phone within 15 minutes; it works once.
        </p>
        <p className="hint">Nothing arrived after a few minutes? Check your spam folder, or send another link.</p>
        <button type="button" className="button secondary" onClick={() => request.reset()}>
          Use a different email or send again
        </button>
      </div>
    );
  }

  const fieldError = request.isError ? describeError(request.error).fieldErrors.email : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <PageHeading title="Sign in">Sign in</PageHeading>
      <p>We'll email you a link to sign in. No password needed.</p>
      <label className="field">
        <span>Your email address</span>
        <input
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? ids.error : undefined}
        />
      </label>
      {fieldError ? (
        <p id={ids.error} role="alert" className="field-error">
          {fieldError}
        </p>
      ) : (
        request.isError && <ErrorMessage error={request.error} />
      )}
      {!online && <OfflineHint id={ids.hint} action="Signing in" />}
      <button type="submit" className="button primary" disabled={request.isPending || !online} aria-describedby={online ? undefined : ids.hint}>
        {request.isPending ? 'Sending…' : 'Email me a sign-in link'}
      </button>
    </form>
  );
}
