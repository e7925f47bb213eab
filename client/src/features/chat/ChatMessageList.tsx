import { useEffect, useRef } from 'react';
import type { ChatMessage } from '@shared/schemas/chat';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import type { PendingChatMessage } from './usePendingChatMessages';

interface ChatMessageListProps {
  messages: readonly ChatMessage[];
  pending: readonly PendingChatMessage[];
  onSendAgain(pending: PendingChatMessage): void;
}

function useRefusalText(error: unknown): string {
  const t = useT();
  // The reason says it precisely (ended, not in progress, too fast); the code only without one.
  if (error instanceof ApiRequestError && error.reason === null) {
    if (error.code === 'rate_limited') return t('chat.rateLimited');
    if (error.code === 'conflict') return t('chat.ended');
  }
  return t(errorMessageKey(error));
}

function PendingLine({
  pending,
  onSendAgain,
}: {
  pending: PendingChatMessage;
  onSendAgain(pending: PendingChatMessage): void;
}) {
  const t = useT();
  const refusal = useRefusalText(pending.error);
  return (
    <li className="chat-message chat-message--agent chat-message--pending">
      <p className="chat-message__meta">{t('chat.you')}</p>
      <p className="chat-message__body">{pending.variables.body}</p>
      {pending.state === 'sending' ? (
        <span className="chat-message__delivery">{t('chat.delivery.sending')}</span>
      ) : (
        <span className="chat-message__delivery chat-message__delivery--failed">
          {t('chat.notSent', { reason: refusal })}{' '}
          <button className="link-button" type="button" onClick={() => onSendAgain(pending)}>
            {t('chat.sendAgain')}
          </button>
        </span>
      )}
    </li>
  );
}

/** The conversation, oldest first. Visitor text is untrusted: rendered as a text node, never as HTML. */
export function ChatMessageList({ messages, pending, onSendAgain }: ChatMessageListProps) {
  const t = useT();
  const format = useFormat();
  const endRef = useRef<HTMLLIElement>(null);
  // A block body: scrollIntoView returns a promise in recent Chromium, and an effect must not return one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the counts are the trigger: scroll to the newest line when a message or a pending one is added
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, pending.length]);

  return (
    <ol className="chat-messages" aria-label={t('chat.messages')}>
      {messages.map((message) =>
        message.authorKind === 'system' ? (
          <li key={message.id} className="chat-message chat-message--system">
            {message.body}
          </li>
        ) : (
          <li key={message.id} className={`chat-message chat-message--${message.authorKind}`}>
            <p className="chat-message__meta">
              <span>
                {message.authorName ?? (message.authorKind === 'visitor' ? t('chat.visitor') : t('chat.you'))}
              </span>{' '}
              <time dateTime={message.sentAt}>{format.clockTime(message.sentAt)}</time>
            </p>
            <p className="chat-message__body">{message.body}</p>
            {message.authorKind === 'agent' ? (
              <span className="chat-message__delivery">{t(`chat.delivery.${message.delivery}`)}</span>
            ) : null}
          </li>
        ),
      )}
      {pending.map((item) => (
        <PendingLine key={item.variables.clientMessageId} pending={item} onSendAgain={onSendAgain} />
      ))}
      <li ref={endRef} aria-hidden="true" className="chat-messages__end" />
    </ol>
  );
}
