import { useEffect, useRef } from 'react';
import type { ChatMessage } from '@shared/schemas/chat';
import { useMarkChatRead } from './useMarkChatRead';

/** While this chat's tab is open and the desk visible, the visitor's messages count as read. */
export function useMarkSeenWhileActive(
  chatId: string,
  messages: readonly ChatMessage[] | undefined,
  unread: number,
): void {
  const markRead = useMarkChatRead(chatId);
  const reported = useRef(-1);
  const lastVisitorSeq = (messages ?? []).reduce(
    (last, message) => (message.authorKind === 'visitor' ? Math.max(last, message.seq) : last),
    -1,
  );
  const { mutate } = markRead;

  useEffect(() => {
    if (lastVisitorSeq < 0) return;
    const report = () => {
      if (document.visibilityState !== 'visible') return;
      if (reported.current >= lastVisitorSeq && unread === 0) return;
      reported.current = lastVisitorSeq;
      mutate(lastVisitorSeq);
    };
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, [lastVisitorSeq, unread, mutate]);
}
