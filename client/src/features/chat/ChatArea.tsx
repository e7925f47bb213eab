import { useId, useRef, type KeyboardEvent } from 'react';
import type { ChatSummary } from '@shared/schemas/chat';
import { useT } from '../../app/i18n/i18n-context';
import { ChatPanel } from './ChatPanel';
import { ChatTab } from './ChatTab';
import './chat.css';

interface ChatAreaProps {
  chats: readonly ChatSummary[];
  active: ChatSummary | null;
  onActivate(chatId: string): void;
  me: { id: string; name: string };
  openCustomerId: string | null;
  onOpenCustomer(customerId: string): void;
}

/** Left and right arrows move between tabs, as in any tab list. */
function moveBetweenTabs(event: KeyboardEvent<HTMLDivElement>) {
  const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return;
  const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const next = tabs[(tabs.indexOf(document.activeElement as HTMLButtonElement) + step + tabs.length) % tabs.length];
  next?.focus();
  next?.click();
}

/** My chats, one tab each with its unread count, and the open one's conversation. */
export function ChatArea({ chats, active, onActivate, me, openCustomerId, onOpenCustomer }: ChatAreaProps) {
  const t = useT();
  const baseId = useId();
  // What I was writing in each chat survives a switch of tab.
  const drafts = useRef(new Map<string, string>());
  const tabId = (chatId: string) => `${baseId}-tab-${chatId}`;
  const panelId = (chatId: string) => `${baseId}-panel-${chatId}`;
  if (chats.length === 0) return null;

  return (
    <section className="chat-area" aria-label={t('chat.area')}>
      <div className="chat-tabs" role="tablist" aria-label={t('chat.tabs')} onKeyDown={moveBetweenTabs}>
        {chats.map((chat) => (
          <ChatTab
            key={chat.id}
            chat={chat}
            selected={chat.id === active?.id}
            tabId={tabId(chat.id)}
            panelId={panelId(chat.id)}
            onSelect={() => onActivate(chat.id)}
          />
        ))}
      </div>
      {active ? (
        <ChatPanel
          key={active.id}
          chat={active}
          tabId={tabId(active.id)}
          panelId={panelId(active.id)}
          me={me}
          drafts={drafts.current}
          openCustomerId={openCustomerId}
          onOpenCustomer={onOpenCustomer}
        />
      ) : null}
    </section>
  );
}
