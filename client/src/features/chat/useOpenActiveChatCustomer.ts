import { useEffect } from 'react';
import type { ChatSummary } from '@shared/schemas/chat';

/** The open chat's customer is the one beside it: card and timeline follow the tab (and a new link). */
export function useOpenActiveChatCustomer(active: ChatSummary | null, open: (customerId: string) => void): void {
  const chatId = active?.id ?? null;
  const customerId = active?.customerId ?? null;
  useEffect(() => {
    if (chatId && customerId) open(customerId);
  }, [chatId, customerId, open]);
}
