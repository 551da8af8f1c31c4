import { useMutation } from '@tanstack/react-query';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '@edutrack/i18n';
import { useLocale, useT } from '@edutrack/i18n/react';
import { useTRPC } from '@edutrack/web-kit';
import { rememberLanguage } from '../../i18n/chosen-language.ts';
import { showLanguage } from '../../i18n/show-language.ts';

/**
 * The app's language, each named in itself so a parent finds theirs whatever the app shows now. The
 * choice is kept on this device at once and on the account (emails, pushes) when online.
 */
export function LanguagePicker() {
  const t = useT();
  const locale = useLocale();
  const trpc = useTRPC();
  const save = useMutation(trpc.parent.account.setLanguage.mutationOptions());
  return (
    <p className="field">
      <label htmlFor="language">{t('account.language')}</label>
      <select
        id="language"
        value={locale}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLanguage(chosen)) return;
          rememberLanguage(chosen);
          void showLanguage(chosen);
          save.mutate({ language: chosen });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </p>
  );
}
