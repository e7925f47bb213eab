import { useState } from 'react';
import type { ChatSummary } from '@shared/schemas/chat';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { TransferForm } from '../transfer';
import { ChatComposer } from './ChatComposer';
import { ChatMessageList } from './ChatMessageList';
import { chatTitle } from './chat-names';
import { CloseChatForm } from './CloseChatForm';
import { LinkChatCustomer } from './LinkChatCustomer';
import { useChat } from './useChat';
import { useChatTyping } from './useChatTyping';
import { useMarkSeenWhileActive } from './useMarkSeenWhileActive';
import { usePendingChatMessages } from './usePendingChatMessages';
import { useSendChatMessage } from './useSendChatMessage';

interface ChatPanelProps {
  chat: ChatSummary;
  tabId: string;
  panelId: string;
  me: { id: string; name: string };
  /** Unsent replies per chat, kept by the tab list. */
  drafts: Map<string, string>;
  openCustomerId: string | null;
  onOpenCustomer(customerId: string): void;
}

type Action = 'transfer' | 'close' | 'link' | null;

/** The active chat: who it is, the conversation, the visitor typing, my reply, and transfer / link / close. */
export function ChatPanel({ chat, tabId, panelId, me, drafts, openCustomerId, onOpenCustomer }: ChatPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const detail = useChat(chat.id);
  const typing = useChatTyping(chat.id);
  const resend = useSendChatMessage(chat.id);
  const [action, setAction] = useState<Action>(null);
  const messages = detail.data?.messages;
  const stored = new Set(
    (messages ?? []).map((message) => message.clientMessageId).filter((id): id is string => Boolean(id)),
  );
  const pending = usePendingChatMessages(chat.id, stored);
  useMarkSeenWhileActive(chat.id, messages, chat.unread);
  const contact = [chat.visitorEmail, chat.visitorPhone].filter(Boolean).join(' · ');
  const ended = chat.state === 'ended';

  return (
    <section className="chat-panel" id={panelId} role="tabpanel" aria-labelledby={tabId}>
      <header className="chat-panel__header">
        <h2 className="chat-panel__title">{t('chat.panel', { name: chatTitle(chat) })}</h2>
        <p className="chat-panel__facts">
          <span>{t('chat.topic', { topic: chat.topic.label[locale] })}</span>
          {contact ? <span>{t('chat.visitorContact', { contact })}</span> : null}
        </p>
        {chat.customerId ? (
          chat.customerId !== openCustomerId ? (
            <button className="button button--ghost" type="button" onClick={() => onOpenCustomer(chat.customerId!)}>
              {t('chat.showRecord')}
            </button>
          ) : null
        ) : (
          <p className="muted">{t('chat.unknownCustomer')}</p>
        )}
      </header>
      {ended ? <Banner tone="info" role="status" title={t('chat.visitorEnded')} /> : null}
      {detail.isPending ? <StatusMessage>{t('app.loading')}</StatusMessage> : null}
      {detail.isError ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(detail.error))}>
          <button className="button" type="button" onClick={() => void detail.refetch()}>
            {t('app.retry')}
          </button>
        </Banner>
      ) : null}
      {messages ? (
        <ChatMessageList messages={messages} pending={pending} onSendAgain={(item) => resend.mutate(item.variables)} />
      ) : null}
      <p className="typing-line" role="status" aria-live="polite">
        {typing.typing ? (typing.name ? t('chat.typing', { name: typing.name }) : t('chat.visitorTyping')) : null}
      </p>
      {ended ? null : <ChatComposer chat={chat} agentName={me.name} drafts={drafts} />}
      <div className="chat-panel__actions">
        {action === null ? (
          <>
            {ended ? null : (
              <button className="button" type="button" onClick={() => setAction('transfer')}>
                {t('transfer.open')}
              </button>
            )}
            <button className="button" type="button" onClick={() => setAction('link')}>
              {t('chat.link.open')}
            </button>
            <button className="button" type="button" onClick={() => setAction('close')}>
              {t('chat.close.open')}
            </button>
          </>
        ) : null}
      </div>
      {action === 'transfer' ? (
        <TransferForm
          contactId={chat.contactId}
          myAgentId={me.id}
          initialSummary={chat.lastMessage?.authorKind === 'visitor' ? chat.lastMessage.body : ''}
          onClose={() => setAction(null)}
        />
      ) : null}
      {action === 'close' ? <CloseChatForm chatId={chat.id} onCancel={() => setAction(null)} /> : null}
      {action === 'link' ? (
        <LinkChatCustomer
          chatId={chat.id}
          onCancel={() => setAction(null)}
          onLinked={(customerId) => {
            setAction(null);
            onOpenCustomer(customerId);
          }}
        />
      ) : null}
    </section>
  );
}
