import type { ChatSummary } from '@shared/schemas/chat';

/** The customer's name once linked, else the name the visitor gave. */
export function chatTitle(chat: Pick<ChatSummary, 'customerName' | 'visitorName'>): string {
  return chat.customerName ?? chat.visitorName;
}

/** `{agentName}` and `{visitorName}` are the only placeholders of a canned reply. */
export function fillCannedReply(body: string, names: { agentName: string; visitorName: string }): string {
  return body.replace(/\{(agentName|visitorName)\}/g, (_placeholder, name: 'agentName' | 'visitorName') => names[name]);
}
