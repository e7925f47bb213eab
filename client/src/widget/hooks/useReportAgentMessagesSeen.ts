import { useEffect, useRef } from 'react';
import type { ChatMessage } from '@shared/schemas/chat';
import type { VisitorSocket } from '../session/visitor-socket';

/**
 * Tells the adviser how far their messages got: "read" while the chat page is visible, else
 * "delivered" (then "read" as soon as the visitor looks). Each step is reported once.
 */
export function useReportAgentMessagesSeen(
  socket: VisitorSocket | null,
  connected: boolean,
  messages: readonly ChatMessage[],
): void {
  const reported = useRef({ delivered: -1, read: -1 });
  const lastAgentSeq = messages.reduce(
    (last, message) => (message.authorKind === 'agent' ? Math.max(last, message.seq) : last),
    -1,
  );

  useEffect(() => {
    if (!socket || !connected || lastAgentSeq < 0) return;
    const report = () => {
      const state = document.visibilityState === 'visible' ? 'read' : 'delivered';
      if (reported.current[state] >= lastAgentSeq) return;
      reported.current[state] = lastAgentSeq;
      if (state === 'read') reported.current.delivered = lastAgentSeq;
      socket.emit('chat.receipt', { upToSeq: lastAgentSeq, state });
    };
    report();
    document.addEventListener('visibilitychange', report);
    return () => document.removeEventListener('visibilitychange', report);
  }, [socket, connected, lastAgentSeq]);
}
