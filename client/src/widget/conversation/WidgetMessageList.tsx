import { useEffect, useRef } from 'react';
import { useWidgetI18n } from '../i18n/widget-i18n-context';
import { DeliveryMark } from './DeliveryMark';
import type { WidgetMessage } from './widget-message';

interface WidgetMessageListProps {
  messages: readonly WidgetMessage[];
  onRetry(key: string): void;
}

/** The conversation, oldest first, kept scrolled to the newest line. Bodies are text, never HTML. */
export function WidgetMessageList({ messages, onRetry }: WidgetMessageListProps) {
  const { t, clockTime } = useWidgetI18n();
  const endRef = useRef<HTMLLIElement>(null);
  // A block body: scrollIntoView returns a promise in recent Chromium, and an effect must not return one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the count is the trigger: scroll to the newest line when a message is added
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length]);

  return (
    <ol className="widget-messages" aria-label={t('conversation.messages')}>
      {messages.map((message) =>
        message.author === 'system' ? (
          <li key={message.key} className="widget-message widget-message--system">
            {message.body}
          </li>
        ) : (
          <li key={message.key} className={`widget-message widget-message--${message.author}`}>
            <p className="widget-message__meta">
              <span>
                {message.author === 'visitor'
                  ? t('conversation.you')
                  : (message.authorName ?? t('conversation.adviser'))}
              </span>{' '}
              <time dateTime={message.at}>{clockTime(message.at)}</time>
            </p>
            <p className="widget-message__body">{message.body}</p>
            {message.delivery ? <DeliveryMark state={message.delivery} onRetry={() => onRetry(message.key)} /> : null}
          </li>
        ),
      )}
      <li ref={endRef} aria-hidden="true" className="widget-messages__end" />
    </ol>
  );
}
