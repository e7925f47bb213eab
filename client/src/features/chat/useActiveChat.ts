import { useEffect, useRef, useState } from 'react';
import type { ChatSummary } from '@shared/schemas/chat';

/**
 * Which chat tab is open. The first one on load; a chat that arrives later (I accepted it, or it
 * was transferred to me) opens at once; when the open one leaves, the first remaining one opens.
 */
export function useActiveChat(
  chats: readonly ChatSummary[],
  loaded: boolean,
): [ChatSummary | null, (chatId: string) => void] {
  const [activeId, setActiveId] = useState<string | null>(null);
  const known = useRef<Set<string> | null>(null);

  useEffect(() => {
    if (!loaded) return;
    const ids = new Set(chats.map((chat) => chat.id));
    const arrived = known.current ? chats.filter((chat) => !known.current!.has(chat.id)) : [];
    known.current = ids;
    const newest = arrived[arrived.length - 1];
    if (newest) setActiveId(newest.id);
    else setActiveId((current) => (current && ids.has(current) ? current : (chats[0]?.id ?? null)));
  }, [chats, loaded]);

  return [chats.find((chat) => chat.id === activeId) ?? chats[0] ?? null, setActiveId];
}
