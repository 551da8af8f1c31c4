import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError, useTRPC } from '@edutrack/web-kit';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';

/** Asks for a set-password link by email. The answer never says whether the address has an account. */
export function ForgotPasswordForm({ initialEmail, onBack }: { initialEmail: string; onBack: () => void }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const [email, setEmail] = useState(initialEmail);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email: email.trim() });
  };

  if (request.isSuccess) {
    return (
      <div className="stack">
        <p role="status">
          If <strong>{email.trim()}</strong> belongs to a staff account, we have emailed it a link to choose a new
          password. The link works once, for 7 days. Check your inbox (and spam folder).
        </p>
        <button type="button" className="button" onClick={onBack}>
          Back to sign in
        </button>
      </div>
    );
  }
  const shown = request.error ? describeError(request.error) : null;
  return (
    <form onSubmit={submit} noValidate className="stack">
      <p>Enter your work email and we will send you a link to choose a new password.</p>
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={shown?.fieldErrors.email}
      />
      <FormFooter
        problem={shown && !shown.fieldErrors.email ? shown.message : null}
        busy={request.isPending}
        label="Email me a link"
        busyLabel="Sending…"
      >
        <button type="button" className="button link" onClick={onBack}>
          Back to sign in
        </button>
      </FormFooter>
    </form>
  );
}
