import { useState, type FormEvent } from 'react';
import { LIMITS } from '@shared/schemas/limits';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikeEmail, looksLikePhone } from './contact-checks';

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

type FieldName = 'name' | 'email' | 'phone' | 'topicId' | 'question';
export type PreChatFieldErrors = Partial<Record<FieldName, PlainWidgetKey | 'prechat.nameTooLong' | 'prechat.questionTooLong'>>;

interface PreChatFormProps {
  topics: readonly PreChatTopic[];
  /** From the page address (`?topic=`): the site already knows what it is about. */
  presetTopicId: string | null;
  topicsLoading: boolean;
  topicsFailed: boolean;
  onRetryTopics(): void;
  pending: boolean;
  /** What the server refused, per field; `formError` for the rest. */
  serverErrors: PreChatFieldErrors;
  formError: PlainWidgetKey | null;
  onSubmit(values: PreChatValues): void;
}

function check(name: string, email: string, phone: string, topicId: string, question: string): PreChatFieldErrors {
  const errors: PreChatFieldErrors = {};
  if (question.length > LIMITS.chatMessage) errors.question = 'prechat.questionTooLong';
  if (!name) errors.name = 'prechat.nameRequired';
  else if (name.length > LIMITS.name) errors.name = 'prechat.nameTooLong';
  if (email && !looksLikeEmail(email)) errors.email = 'prechat.emailInvalid';
  if (phone && !looksLikePhone(phone)) errors.phone = 'prechat.phoneInvalid';
  if (!topicId) errors.topicId = 'prechat.topicRequired';
  return errors;
}

/** Who the visitor is (name; email and phone optional) and what about: the topic picks the queue. */
export function PreChatForm({ topics, presetTopicId, topicsLoading, topicsFailed, onRetryTopics, pending, serverErrors, formError, onSubmit }: PreChatFormProps) {
  const t = useWidgetT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [topicId, setTopicId] = useState(presetTopicId ?? '');
  const [question, setQuestion] = useState('');
  const [errors, setErrors] = useState<PreChatFieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const values = { name: name.trim(), email: email.trim(), phone: phone.trim(), topicId, question: question.trim() };
    const found = check(values.name, values.email, values.phone, values.topicId, values.question);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({ ...values, email: values.email || null, phone: values.phone || null, question: values.question || null });
  }

  const errorOf = (field: FieldName) => {
    const key = errors[field] ?? serverErrors[field];
    if (!key) return undefined;
    if (key === 'prechat.nameTooLong') return t(key, { max: LIMITS.name });
    if (key === 'prechat.questionTooLong') return t(key, { max: LIMITS.chatMessage });
    return t(key);
  };
  const clear = (field: FieldName) => setErrors((current) => ({ ...current, [field]: undefined }));

  return (
    <form className="widget-form" aria-label={t('prechat.form')} onSubmit={submit} noValidate>
      <h2 className="widget-form__title">{t('prechat.form')}</h2>
      <p className="widget-muted">{t('prechat.intro')}</p>
      <Field label={t('prechat.name')} error={errorOf('name')}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              clear('name');
            }}
          />
        )}
      </Field>
      <Field label={t('prechat.email')} hint={t('prechat.contactHint')} error={errorOf('email')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              clear('email');
            }}
          />
        )}
      </Field>
      <Field label={t('prechat.phone')} error={errorOf('phone')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(event) => {
              setPhone(event.target.value);
              clear('phone');
            }}
          />
        )}
      </Field>
      <Field label={t('prechat.topic')} error={errorOf('topicId')}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={topicId}
            aria-busy={topicsLoading}
            onChange={(event) => {
              setTopicId(event.target.value);
              clear('topicId');
            }}
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
      <Field label={t('prechat.question')} error={errorOf('question')}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={3}
            value={question}
            onChange={(event) => {
              setQuestion(event.target.value);
              clear('question');
            }}
          />
        )}
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
