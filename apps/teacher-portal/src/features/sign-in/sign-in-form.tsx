import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useTRPC } from '@edutrack/web-kit';
import { useAfterSignIn } from '../../api/use-session.ts';
import { TextField } from '../../components/form/fields.tsx';
import { FormFooter } from '../../components/form/form-footer.tsx';
import { applyServerError } from '../../lib/server-errors.ts';

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your work email address.')
    .pipe(z.email('Enter an email address like name@school.org.')),
  password: z.string().min(1, 'Enter your password.'),
});
type SignInValues = z.infer<typeof schema>;

export function SignInForm({ onForgotPassword }: { onForgotPassword: (email: string) => void }) {
  const trpc = useTRPC();
  const afterSignIn = useAfterSignIn();
  const signIn = useMutation(trpc.auth.staffSignIn.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<SignInValues>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      await signIn.mutateAsync(values);
      await afterSignIn();
    } catch (error) {
      setProblem(applyServerError(error, setError, { email: 'email', password: 'password' }));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        error={formState.errors.email?.message}
        {...register('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <FormFooter problem={problem} busy={formState.isSubmitting} label="Sign in" busyLabel="Signing in…">
        <button type="button" className="button link" onClick={() => onForgotPassword(getValues('email'))}>
          Forgot password?
        </button>
      </FormFooter>
    </form>
  );
}
