import type { ChatSummary } from '@shared/schemas/chat';

/** The customer's name once linked, else the name the visitor gave. */
export function chatTitle(chat: Pick<ChatSummary, 'customerName' | 'visitorName'>): string {
  return chat.customerName ?? chat.visitorName;
}
