import type { QueryClient } from '@tanstack/react-query';
import type { ChatMessage, ChatQueueStatus, ChatReceiptPush, VisitorConversation } from '@shared/schemas/chat';
import { widgetQueryKeys } from '../api/widget-query-keys';

const DELIVERY_RANK: Record<ChatMessage['delivery'], number> = { sent: 0, delivered: 1, read: 2 };

/** Adds or replaces by id (a retried send comes back with the same id), ordered by `seq`. */
export function mergeMessages(messages: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map(messages.map((message) => [message.id, message]));
  for (const message of incoming) {
    const known = byId.get(message.id);
    // A receipt may have moved our copy further than the one in a late push: keep the furthest.
    byId.set(
      message.id,
      known && DELIVERY_RANK[known.delivery] > DELIVERY_RANK[message.delivery]
        ? { ...message, delivery: known.delivery }
        : message,
    );
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** Messages of `author` up to `upToSeq` move forward to `state`, never back. */
export function applyReceipt(
  messages: readonly ChatMessage[],
  author: ChatMessage['authorKind'],
  receipt: Pick<ChatReceiptPush, 'upToSeq' | 'state'>,
): ChatMessage[] {
  return messages.map((message) =>
    message.authorKind === author &&
    message.seq <= receipt.upToSeq &&
    DELIVERY_RANK[message.delivery] < DELIVERY_RANK[receipt.state]
      ? { ...message, delivery: receipt.state }
      : message,
  );
}

function patchConversation(
  queryClient: QueryClient,
  patch: (conversation: VisitorConversation) => VisitorConversation,
): void {
  queryClient.setQueryData(widgetQueryKeys.conversation, (conversation) =>
    conversation ? patch(conversation) : conversation,
  );
}

export function insertVisitorMessage(queryClient: QueryClient, message: ChatMessage): void {
  patchConversation(queryClient, (conversation) => ({
    ...conversation,
    messages: mergeMessages(conversation.messages, [message]),
  }));
}

export function applyAgentReceipt(queryClient: QueryClient, receipt: ChatReceiptPush): void {
  if (receipt.reader !== 'agent') return;
  patchConversation(queryClient, (conversation) => ({
    ...conversation,
    messages: applyReceipt(conversation.messages, 'visitor', receipt),
  }));
}

export function applyConversationUpdate(queryClient: QueryClient, update: Omit<VisitorConversation, 'messages'>): void {
  patchConversation(queryClient, (conversation) => ({ ...conversation, ...update, messages: conversation.messages }));
}

export function applyQueuePosition(queryClient: QueryClient, queue: ChatQueueStatus): void {
  patchConversation(queryClient, (conversation) =>
    conversation.state === 'waiting' ? { ...conversation, queue } : conversation,
  );
}
