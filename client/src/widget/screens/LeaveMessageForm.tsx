import { useState, type FormEvent } from 'react';
import { LIMITS } from '@shared/schemas/limits';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikeEmail } from './contact-checks';

export interface LeftMessage {
  email: string;
  message: string;
}

interface LeaveMessageFormProps {
  initialEmail: string;
  /** The question typed on the pre-chat form, if any. */
  initialMessage: string;
  /** A phone given on the pre-chat form is enough to answer: the email becomes optional. */
  phoneKnown: boolean;
  maxLength: number;
  pending: boolean;
  error: PlainWidgetKey | null;
  onSubmit(values: LeftMessage): void;
  onBack(): void;
}

/** Out of hours or with nobody free: a message answered by email instead of a wait with no end. */
export function LeaveMessageForm({ initialEmail, initialMessage, phoneKnown, maxLength, pending, error, onSubmit, onBack }: LeaveMessageFormProps) {
  const t = useWidgetT();
  const [email, setEmail] = useState(initialEmail);
  const [message, setMessage] = useState(initialMessage);
  const [problems, setProblems] = useState<{ email?: PlainWidgetKey; message?: PlainWidgetKey }>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const values = { email: email.trim(), message: message.trim() };
    const found = {
      ...(!values.email
        ? phoneKnown
          ? {}
          : { email: 'unavailable.emailRequired' as const }
        : !looksLikeEmail(values.email)
          ? { email: 'prechat.emailInvalid' as const }
          : {}),
      ...(!values.message ? { message: 'unavailable.messageRequired' as const } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  }

  const tooLong = message.trim().length > maxLength;
  return (
    <form className="widget-form" aria-label={t('unavailable.messageForm')} onSubmit={submit} noValidate>
      <h2 className="widget-form__title">{t('unavailable.messageForm')}</h2>
      <Field label={t('unavailable.email')} error={problems.email ? t(problems.email) : undefined}>
        {(control) => (
          <input {...control} className="input" type="email" autoComplete="email" maxLength={LIMITS.email} value={email} onChange={(event) => setEmail(event.target.value)} />
        )}
      </Field>
      <Field
        label={t('unavailable.message')}
        error={tooLong ? t('conversation.tooLong', { max: maxLength, length: message.trim().length }) : problems.message ? t(problems.message) : undefined}
      >
        {(control) => <textarea {...control} className="textarea" rows={5} value={message} onChange={(event) => setMessage(event.target.value)} />}
      </Field>
      {error ? <Banner tone="danger" role="alert" title={t(error)} /> : null}
      <div className="widget-form__actions">
        <button className="button button--primary" type="submit" aria-busy={pending} disabled={tooLong}>
          {t('unavailable.send')}
        </button>
        <button className="button button--ghost" type="button" onClick={onBack}>
          {t('unavailable.back')}
        </button>
      </div>
    </form>
  );
}
