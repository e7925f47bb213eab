import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { LoginRequest } from '@shared/schemas/agent';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { LanguageSelect } from '../locale';
import { useLogin } from './useLogin';

const FIELDS = ['email', 'password'] as const;
const PROBLEMS = { email: 'signIn.emailInvalid', password: 'signIn.passwordRequired' } as const satisfies Record<
  (typeof FIELDS)[number],
  PlainMessageKey
>;

/** The common slips said at once, in the agent's words; the server has the last word (its field problems land on the fields). */
const formSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, problem('signIn.emailRequired'))
    .regex(/^[^\s@]+@[^\s@]+$/, problem(PROBLEMS.email)),
  password: z.string().min(1, problem(PROBLEMS.password)),
}) satisfies z.ZodType<LoginRequest, unknown>;

export function SignInPage() {
  const t = useT();
  const login = useLogin();
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { email: '', password: '' } });
  const errorText = useFieldErrorText(form.formState.errors);

  // The server names the offending fields; each gets its own translated line.
  const submit = form.handleSubmit((request) =>
    login.mutate(request, {
      onError: (error) =>
        setServerFieldErrors(fieldProblemsOf(error), form.setError, FIELDS, (field) => PROBLEMS[field]),
    }),
  );

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
          <Field label={t('signIn.email')} error={errorText('email')}>
            {(control) => (
              <input
                {...control}
                {...form.register('email')}
                className="input"
                type="email"
                autoComplete="username"
                // biome-ignore lint/a11y/noAutofocus: this page exists only to sign in, so the cursor starts where every visitor types first; it skips no content (the title and the language choice stay one Shift+Tab away)
                autoFocus
                required
              />
            )}
          </Field>
          <Field label={t('signIn.password')} error={errorText('password')}>
            {(control) => (
              <input
                {...control}
                {...form.register('password')}
                className="input"
                type="password"
                autoComplete="current-password"
                required
              />
            )}
          </Field>
          {login.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(login.error))} /> : null}
          <button className="button button--primary button--wide" type="submit" disabled={login.isPending}>
            {t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
