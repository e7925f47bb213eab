import { useState, type FormEvent } from 'react';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikePhone } from './contact-checks';

export interface CallbackWish {
  phone: string;
  /** ISO date-time; null: as soon as possible. */
  preferredAt: string | null;
}

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
  const [phone, setPhone] = useState(initialPhone);
  const [preferredTime, setPreferredTime] = useState('');
  const [problem, setProblem] = useState<PlainWidgetKey | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const number = phone.trim();
    const found = !number ? 'unavailable.phoneRequired' : !looksLikePhone(number) ? 'prechat.phoneInvalid' : null;
    setProblem(found);
    if (!found) onSubmit({ phone: number, preferredAt: preferredTime ? new Date(preferredTime).toISOString() : null });
  }

  return (
    <form className="widget-form" aria-label={t('unavailable.callbackForm')} onSubmit={submit} noValidate>
      <h2 className="widget-form__title">{t('unavailable.callbackForm')}</h2>
      <Field label={t('unavailable.phone')} error={problem ? t(problem) : undefined}>
        {(control) => <input {...control} className="input" type="tel" autoComplete="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />}
      </Field>
      <Field label={t('unavailable.preferredTime')}>
        {(control) => (
          <input {...control} className="input" type="datetime-local" value={preferredTime} onChange={(event) => setPreferredTime(event.target.value)} />
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
