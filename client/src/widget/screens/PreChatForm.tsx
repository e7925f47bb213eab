import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { FieldProblem } from '@shared/errors';
import { LIMITS } from '@shared/schemas/limits';
import { ApiRequestError } from '../../api/http';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikeEmail, looksLikePhone } from './contact-checks';
import { useWidgetErrorText, widgetProblem } from './widget-form';

export interface PreChatTopic {
  id: string;
  label: string;
}

export interface PreChatValues {
  name: string;
  email: string | null;
  phone: string | null;
  topicId: string;
  /** What it is about, in the visitor's words: the chat's first message. */
  question: string | null;
}

const FIELDS = ['name', 'email', 'phone', 'topicId', 'question'] as const;
type FieldName = (typeof FIELDS)[number];

/** The server's field paths, to the form's fields and what to say there. */
const SERVER_FIELDS: Record<string, [FieldName, PlainWidgetKey | 'prechat.questionTooLong']> = {
  name: ['name', 'prechat.nameRequired'],
  email: ['email', 'prechat.emailInvalid'],
  phone: ['phone', 'prechat.phoneInvalid'],
  topicId: ['topicId', 'prechat.topicRequired'],
  firstMessage: ['question', 'prechat.questionTooLong'],
};

/** What the server refused, on this form's fields (paths renamed, others left out). */
export function preChatProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiRequestError)) return [];
  return error.fields.flatMap((problem) => {
    const target = SERVER_FIELDS[problem.path];
    return target ? [{ path: target[0], message: target[1] }] : [];
  });
}

/** The common slips said at once; trimmed values, blanks as null. */
const formSchema = z.pipe(
  z.object({
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, widgetProblem('prechat.nameRequired')),
        z.maxLength(LIMITS.name, 'prechat.nameTooLong'),
      ),
    email: z.string().check(
      z.trim(),
      z.refine((email) => email === '' || looksLikeEmail(email), widgetProblem('prechat.emailInvalid')),
    ),
    phone: z.string().check(
      z.trim(),
      z.refine((phone) => phone === '' || looksLikePhone(phone), widgetProblem('prechat.phoneInvalid')),
    ),
    topicId: z.string().check(z.minLength(1, widgetProblem('prechat.topicRequired'))),
    question: z.string().check(z.trim(), z.maxLength(LIMITS.chatMessage, 'prechat.questionTooLong')),
  }),
  z.transform(
    (values): PreChatValues => ({
      ...values,
      email: values.email || null,
      phone: values.phone || null,
      question: values.question || null,
    }),
  ),
);

interface PreChatFormProps {
  topics: readonly PreChatTopic[];
  /** From the page address (`?topic=`): the site already knows what it is about. */
  presetTopicId: string | null;
  topicsLoading: boolean;
  topicsFailed: boolean;
  onRetryTopics(): void;
  pending: boolean;
  /** The last answer's error: its field problems land on the fields; `formError` says the rest. */
  serverError: unknown;
  formError: PlainWidgetKey | null;
  onSubmit(values: PreChatValues): void;
}

/** Who the visitor is (name; email and phone optional) and what about: the topic picks the queue. */
export function PreChatForm({
  topics,
  presetTopicId,
  topicsLoading,
  topicsFailed,
  onRetryTopics,
  pending,
  serverError,
  formError,
  onSubmit,
}: PreChatFormProps) {
  const t = useWidgetT();
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', email: '', phone: '', topicId: presetTopicId ?? '', question: '' },
  });
  const errorText = useWidgetErrorText(form.formState.errors, (key) =>
    key === 'prechat.nameTooLong'
      ? t(key, { max: LIMITS.name })
      : key === 'prechat.questionTooLong'
        ? t(key, { max: LIMITS.chatMessage })
        : undefined,
  );

  // Once per answer: typing again clears a field's error, a re-render does not bring it back.
  const { setError } = form;
  useEffect(() => {
    setServerFieldErrors(preChatProblems(serverError), setError, FIELDS, (_field, problem) => problem.message);
  }, [serverError, setError]);

  const topicId = form.watch('topicId');

  const submit = form.handleSubmit((values) => {
    if (!pending) onSubmit(values);
  });

  return (
    <form className="widget-form" aria-label={t('prechat.form')} onSubmit={submit} noValidate>
      <h2 className="widget-form__title">{t('prechat.form')}</h2>
      <p className="widget-muted">{t('prechat.intro')}</p>
      <Field label={t('prechat.name')} error={errorText('name')}>
        {(control) => <input {...control} className="input" autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field label={t('prechat.email')} hint={t('prechat.contactHint')} error={errorText('email')}>
        {(control) => (
          <input {...control} className="input" type="email" autoComplete="email" {...form.register('email')} />
        )}
      </Field>
      <Field label={t('prechat.phone')} error={errorText('phone')}>
        {(control) => (
          <input {...control} className="input" type="tel" autoComplete="tel" {...form.register('phone')} />
        )}
      </Field>
      <Field label={t('prechat.topic')} error={errorText('topicId')}>
        {(control) => (
          <select
            {...control}
            className="select"
            {...form.register('topicId')}
            // Controlled as well: the preset topic shows once the topics arrive.
            value={topicId}
            aria-busy={topicsLoading}
          >
            <option value="">{t('prechat.chooseTopic')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('prechat.question')} error={errorText('question')}>
        {(control) => <textarea {...control} className="textarea" rows={3} {...form.register('question')} />}
      </Field>
      {topicsFailed ? (
        <Banner tone="danger" role="alert" title={t('prechat.topicsFailed')}>
          <button className="button" type="button" onClick={onRetryTopics}>
            {t('widget.retry')}
          </button>
        </Banner>
      ) : null}
      {formError ? <Banner tone="danger" role="alert" title={t(formError)} /> : null}
      <button className="button button--primary button--wide" type="submit" aria-busy={pending}>
        {t('prechat.submit')}
      </button>
    </form>
  );
}
