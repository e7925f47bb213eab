import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { LanguageSelect } from '../locale';
import { useLogin } from './useLogin';

type FieldErrors = Partial<Record<'email' | 'password', PlainMessageKey>>;

function checkCredentials(email: string, password: string): FieldErrors {
  const problems: FieldErrors = {};
  if (!email) problems.email = 'signIn.emailRequired';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) problems.email = 'signIn.emailInvalid';
  if (!password) problems.password = 'signIn.passwordRequired';
  return problems;
}

/** The server names the offending fields; each gets its own translated line. */
function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiRequestError)) return {};
  const paths = new Set(error.fields.map((field) => field.path));
  return {
    ...(paths.has('email') ? { email: 'signIn.emailInvalid' as const } : {}),
    ...(paths.has('password') ? { password: 'signIn.passwordRequired' as const } : {}),
  };
}

export function SignInPage() {
  const t = useT();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});

  const fieldErrors = { ...serverFieldErrors(login.error), ...localErrors };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const problems = checkCredentials(trimmedEmail, password);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    login.mutate({ email: trimmedEmail, password });
  }

  return (
    <div className="sign-in">
      <div className="sign-in__language">
        <LanguageSelect />
      </div>
      <main className="sign-in__panel">
        <p className="sign-in__brand">{t('app.name')}</p>
        <h1 className="sign-in__title">{t('signIn.title')}</h1>
        <p className="sign-in__subtitle">{t('signIn.subtitle')}</p>
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <Field label={t('signIn.email')} error={fieldErrors.email ? t(fieldErrors.email) : undefined}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="email"
                name="email"
                autoComplete="username"
                autoFocus
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('signIn.password')} error={fieldErrors.password ? t(fieldErrors.password) : undefined}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          {login.isError ? (
            <Banner tone="danger" role="alert" title={t(errorMessageKey(login.error))} />
          ) : null}
          <button className="button button--primary button--wide" type="submit" disabled={login.isPending}>
            {t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
