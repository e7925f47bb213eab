import { useState } from 'react';
import type { ChatAvailability } from '@shared/schemas/chat';
import { Banner } from '../../ui/Banner';
import { widgetErrorKey } from '../api/widget-error-key';
import { useLeaveMessage } from '../hooks/useLeaveMessage';
import { useRequestCallback } from '../hooks/useRequestCallback';
import { useWidgetI18n } from '../i18n/widget-i18n-context';
import { CallbackRequestForm } from './CallbackRequestForm';
import { LeaveMessageForm } from './LeaveMessageForm';
import type { PreChatValues } from './PreChatForm';

interface UnavailableScreenProps {
  availability: ChatAvailability;
  visitor: PreChatValues;
  maxLength: number;
  onBack(): void;
}

/** Out of hours, or nobody able to answer: say so, and offer a message or a callback instead of a wait. */
export function UnavailableScreen({ availability, visitor, maxLength, onBack }: UnavailableScreenProps) {
  const { t, locale } = useWidgetI18n();
  const [choice, setChoice] = useState<'message' | 'callback' | null>(null);
  const leaveMessage = useLeaveMessage();
  const requestCallback = useRequestCallback();
  const contact = { name: visitor.name, topicId: visitor.topicId, ...(visitor.email ? { email: visitor.email } : {}) };

  if (leaveMessage.isSuccess || requestCallback.isSuccess) {
    return (
      <Banner
        tone="info"
        role="status"
        title={leaveMessage.isSuccess ? t('unavailable.messageSent') : t('unavailable.callbackSent')}
      />
    );
  }
  if (choice === 'message') {
    return (
      <LeaveMessageForm
        initialEmail={visitor.email ?? ''}
        initialMessage={visitor.question ?? ''}
        phoneKnown={Boolean(visitor.phone)}
        maxLength={maxLength}
        pending={leaveMessage.isPending}
        error={leaveMessage.isError ? widgetErrorKey(leaveMessage.error) : null}
        onBack={() => setChoice(null)}
        onSubmit={({ email, message }) =>
          leaveMessage.mutate({
            ...contact,
            ...(email ? { email } : {}),
            ...(visitor.phone ? { phone: visitor.phone } : {}),
            body: message,
          })
        }
      />
    );
  }
  if (choice === 'callback') {
    return (
      <CallbackRequestForm
        initialPhone={visitor.phone ?? ''}
        pending={requestCallback.isPending}
        error={requestCallback.isError ? widgetErrorKey(requestCallback.error) : null}
        onBack={() => setChoice(null)}
        onSubmit={({ phone, preferredAt }) =>
          requestCallback.mutate({ ...contact, phone, ...(preferredAt ? { preferredAt } : {}) })
        }
      />
    );
  }

  const when = availability.nextOpening
    ? new Intl.DateTimeFormat(locale, { weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(
        new Date(availability.nextOpening),
      )
    : null;
  return (
    <section
      className="widget-form"
      aria-label={availability.reason === 'closed' ? t('unavailable.outOfHours') : t('unavailable.noAgent')}
    >
      <h2 className="widget-form__title">
        {availability.reason === 'closed' ? t('unavailable.outOfHours') : t('unavailable.noAgent')}
      </h2>
      {when ? <p>{t('unavailable.nextOpening', { when })}</p> : null}
      <p>{t('unavailable.offer')}</p>
      <div className="widget-form__actions">
        {availability.alternatives.includes('message') ? (
          <button className="button button--primary" type="button" onClick={() => setChoice('message')}>
            {t('unavailable.leaveMessage')}
          </button>
        ) : null}
        {availability.alternatives.includes('callback') ? (
          <button className="button button--primary" type="button" onClick={() => setChoice('callback')}>
            {t('unavailable.requestCallback')}
          </button>
        ) : null}
        <button className="button button--ghost" type="button" onClick={onBack}>
          {t('unavailable.back')}
        </button>
      </div>
    </section>
  );
}
