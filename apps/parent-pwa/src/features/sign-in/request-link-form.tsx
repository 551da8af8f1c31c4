import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import { useRequestSignInLink } from '../../api/use-session.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

/** Enter an email address, get a one-time sign-in link; then "Check your email". */
export function RequestLinkForm() {
  const [email, setEmail] = useState('');
  const request = useRequestSignInLink();
  const errorId = useId();

  if (request.isSuccess) {
    return (
      <div className="stack">
        <PageHeading title="Check your email">Check your email</PageHeading>
        <p>
          If <strong>{request.variables.email}</strong> belongs to a parent at the school, a sign-in link is on its way.
          Open it on this phone within 15 minutes; it works once.
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
          aria-describedby={fieldError ? errorId : undefined}
        />
      </label>
      {fieldError ? (
        <p id={errorId} role="alert" className="field-error">
          {fieldError}
        </p>
      ) : (
        request.isError && <ErrorMessage error={request.error} />
      )}
      <OnlineOnlyButton type="submit" action="Signing in" busy={request.isPending} busyLabel="Sending…">
        Email me a sign-in link
      </OnlineOnlyButton>
    </form>
  );
}
