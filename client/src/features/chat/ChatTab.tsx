import type { ChatSummary } from '@shared/schemas/chat';
import { useT } from '../../app/i18n/i18n-context';
import { chatTitle } from './chat-names';

interface ChatTabProps {
  chat: ChatSummary;
  selected: boolean;
  tabId: string;
  panelId: string;
  onSelect(): void;
}

/** One chat I hold: who, and how many of their messages I have not read. */
export function ChatTab({ chat, selected, tabId, panelId, onSelect }: ChatTabProps) {
  const t = useT();
  const unread = selected ? 0 : chat.unread;
  return (
    <button
      className={`chat-tab${selected ? ' chat-tab--selected' : ''}`}
      type="button"
      role="tab"
      id={tabId}
      aria-selected={selected}
      aria-controls={panelId}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
    >
      <span className="chat-tab__name">{chatTitle(chat)}</span>
      {chat.state === 'ended' ? <span className="badge">{t('chat.tab.ended')}</span> : null}
      {unread > 0 ? <span className="badge badge--info">{t('chat.tab.unread', { count: unread })}</span> : null}
    </button>
  );
}
