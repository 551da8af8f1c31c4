import { useT } from '@edutrack/i18n/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '@edutrack/web-kit';
import { useRequestSignInLink } from '../../api/use-session.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

/** Enter an email address, get a one-time sign-in link; then "Check your email". */
export function RequestLinkForm() {
  const t = useT();
  const [email, setEmail] = useState('');
  const request = useRequestSignInLink();
  const errorId = useId();

  if (request.isSuccess) {
    return (
      <div className="stack">
        <PageHeading title={t('signIn.checkEmail')}>{t('signIn.checkEmail')}</PageHeading>
        <p>{t('signIn.linkOnItsWay', { email: request.variables.email })}</p>
        <p className="hint">{t('signIn.nothingArrived')}</p>
        <button type="button" className="button secondary" onClick={() => request.reset()}>
          {t('signIn.again')}
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
      <PageHeading title={t('signIn.title')}>{t('signIn.title')}</PageHeading>
      <p>{t('signIn.intro')}</p>
      <label className="field">
        <span>{t('signIn.email')}</span>
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
      <OnlineOnlyButton
        type="submit"
        action={t('signIn.signingInAction')}
        busy={request.isPending}
        busyLabel={t('signIn.sending')}
      >
        {t('signIn.send')}
      </OnlineOnlyButton>
    </form>
  );
}
