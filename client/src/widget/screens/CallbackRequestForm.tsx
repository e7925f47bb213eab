import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikePhone } from './contact-checks';
import { useWidgetErrorText, widgetProblem } from './widget-form';

export interface CallbackWish {
  phone: string;
  /** ISO date-time; null: as soon as possible. */
  preferredAt: string | null;
}

/** A number is needed and must look like one; the time is optional (as soon as possible). */
const formSchema = z.pipe(
  z.object({
    phone: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, widgetProblem('unavailable.phoneRequired')),
        z.refine(looksLikePhone, widgetProblem('prechat.phoneInvalid')),
      ),
    preferredTime: z.string(),
  }),
  z.transform(
    ({ phone, preferredTime }): CallbackWish => ({
      phone,
      preferredAt: preferredTime ? new Date(preferredTime).toISOString() : null,
    }),
  ),
);

interface CallbackRequestFormProps {
  initialPhone: string;
  pending: boolean;
  error: PlainWidgetKey | null;
  onSubmit(values: CallbackWish): void;
  onBack(): void;
}

/** The web call-back of the field notes: leave a number, be called when it suits. */
export function CallbackRequestForm({ initialPhone, pending, error, onSubmit, onBack }: CallbackRequestFormProps) {
  const t = useWidgetT();
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { phone: initialPhone, preferredTime: '' },
  });
  const errorText = useWidgetErrorText(form.formState.errors);

  const submit = form.handleSubmit((wish) => {
    if (!pending) onSubmit(wish);
  });

  return (
    <form className="widget-form" aria-label={t('unavailable.callbackForm')} onSubmit={submit} noValidate>
      <h2 className="widget-form__title">{t('unavailable.callbackForm')}</h2>
      <Field label={t('unavailable.phone')} error={errorText('phone')}>
        {(control) => (
          <input {...control} {...form.register('phone')} className="input" type="tel" autoComplete="tel" />
        )}
      </Field>
      <Field label={t('unavailable.preferredTime')}>
        {(control) => (
          <input {...control} {...form.register('preferredTime')} className="input" type="datetime-local" />
        )}
      </Field>
      {error ? <Banner tone="danger" role="alert" title={t(error)} /> : null}
      <div className="widget-form__actions">
        <button className="button button--primary" type="submit" aria-busy={pending}>
          {t('unavailable.send')}
        </button>
        <button className="button button--ghost" type="button" onClick={onBack}>
          {t('unavailable.back')}
        </button>
      </div>
    </form>
  );
}
