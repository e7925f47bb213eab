import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { LIMITS } from '@shared/schemas/limits';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikeEmail } from './contact-checks';
import { useWidgetErrorText, widgetProblem } from './widget-form';

export interface LeftMessage {
  email: string;
  message: string;
}

/** The email answers the message, unless a phone given before is enough; the message is needed. */
function formSchemaFor(phoneKnown: boolean) {
  return z.object({
    email: z.string().check(
      z.trim(),
      z.refine((email) => email !== '' || phoneKnown, widgetProblem('unavailable.emailRequired')),
      z.refine((email) => email === '' || looksLikeEmail(email), widgetProblem('prechat.emailInvalid')),
    ),
    message: z.string().check(z.trim(), z.minLength(1, widgetProblem('unavailable.messageRequired'))),
  });
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
export function LeaveMessageForm({
  initialEmail,
  initialMessage,
  phoneKnown,
  maxLength,
  pending,
  error,
  onSubmit,
  onBack,
}: LeaveMessageFormProps) {
  const t = useWidgetT();
  const formSchema = useMemo(() => formSchemaFor(phoneKnown), [phoneKnown]);
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { email: initialEmail, message: initialMessage },
  });
  const errorText = useWidgetErrorText(form.formState.errors);
  // Said while typing, not only on sending: the count is what the visitor needs to cut.
  const length = form.watch('message').trim().length;
  const tooLong = length > maxLength;

  const submit = form.handleSubmit((values) => {
    if (!pending) onSubmit(values);
  });

  return (
    <form className="widget-form" aria-label={t('unavailable.messageForm')} onSubmit={submit} noValidate>
      <h2 className="widget-form__title">{t('unavailable.messageForm')}</h2>
      <Field label={t('unavailable.email')} error={errorText('email')}>
        {(control) => (
          <input
            {...control}
            {...form.register('email')}
            className="input"
            type="email"
            autoComplete="email"
            maxLength={LIMITS.email}
          />
        )}
      </Field>
      <Field
        label={t('unavailable.message')}
        error={tooLong ? t('conversation.tooLong', { max: maxLength, length }) : errorText('message')}
      >
        {(control) => <textarea {...control} {...form.register('message')} className="textarea" rows={5} />}
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
