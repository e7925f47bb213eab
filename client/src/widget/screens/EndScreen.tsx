import { useState, type FormEvent } from 'react';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';
import { looksLikeEmail } from './contact-checks';

interface EndScreenProps {
  endedBy: 'agent' | 'visitor' | null;
  initialEmail: string;
  pending: boolean;
  sentTo: string | null;
  error: PlainWidgetKey | null;
  onSendTranscript(email: string): void;
  onNewChat(): void;
}

/** The chat is over: say who ended it, offer the transcript by email, and a way to start again. */
export function EndScreen({
  endedBy,
  initialEmail,
  pending,
  sentTo,
  error,
  onSendTranscript,
  onNewChat,
}: EndScreenProps) {
  const t = useWidgetT();
  const [email, setEmail] = useState(initialEmail);
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const address = email.trim();
    const bad = !looksLikeEmail(address);
    setInvalid(bad);
    if (!bad) onSendTranscript(address);
  }

  return (
    <section className="widget-ended" aria-label={t('ended.title')}>
      <h2 className="widget-form__title">{t('ended.title')}</h2>
      {endedBy ? <p>{endedBy === 'agent' ? t('ended.byAgent') : t('ended.byVisitor')}</p> : null}
      {sentTo ? (
        <Banner tone="info" role="status" title={t('ended.transcriptSent', { email: sentTo })} />
      ) : (
        <form className="widget-form" aria-label={t('ended.transcriptForm')} onSubmit={submit} noValidate>
          <Field label={t('ended.transcriptEmail')} error={invalid ? t('ended.emailInvalid') : undefined}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="email"
                autoComplete="email"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          {error ? <Banner tone="danger" role="alert" title={t(error)} /> : null}
          <button className="button button--primary" type="submit" aria-busy={pending}>
            {t('ended.transcriptSend')}
          </button>
        </form>
      )}
      <button className="button button--ghost" type="button" onClick={onNewChat}>
        {t('ended.newChat')}
      </button>
    </section>
  );
}
