import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { useTRPC } from '@edutrack/web-kit';
import { useAfterSignIn } from '../../api/use-session.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { applyServerError } from '../../lib/server-errors.ts';

const MIN_LENGTH = 10;
const schema = z
  .object({
    password: z
      .string()
      .min(MIN_LENGTH, `Use at least ${MIN_LENGTH} characters.`)
      .max(200, 'Use at most 200 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'The two passwords are different. Type the same one twice.',
  });
type Values = z.infer<typeof schema>;

/** The token from an invitation or reset link travels in the fragment, which never reaches a server log. */
function tokenFromUrl(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('token');
}

export function SetPasswordPage() {
  const trpc = useTRPC();
  const afterSignIn = useAfterSignIn();
  const [, navigate] = useLocation();
  const [token] = useState(tokenFromUrl);
  // Keep the one-time token out of the history once it has been read.
  useEffect(() => {
    if (window.location.hash)
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }, []);
  const setPassword = useMutation(trpc.auth.setStaffPassword.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirm: '' },
  });

  const onSubmit = handleSubmit(async ({ password }) => {
    setProblem(null);
    try {
      await setPassword.mutateAsync({ token: token ?? '', password });
      await afterSignIn();
      navigate('/', { replace: true });
    } catch (error) {
      setProblem(applyServerError(error, setError, { password: 'password' }));
    }
  });

  return (
    <main className="page narrow" id="main">
      <p className="brand">EduTrack Meet · Staff</p>
      <h1>Set your password</h1>
      {!token ? (
        <p className="problem" role="alert">
          This link is incomplete. Open it again from your email, or ask for a new one with “Forgot password?” on the
          sign-in page.
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <TextField
            label="Type it again"
            type="password"
            autoComplete="new-password"
            error={formState.errors.confirm?.message}
            {...register('confirm')}
          />
          <FormFooter
            problem={problem}
            busy={formState.isSubmitting}
            label="Save password and sign in"
            busyLabel="Saving…"
          />
        </form>
      )}
    </main>
  );
}
