import type { QueryClient } from '@tanstack/react-query';
import type {
  ChatMessage,
  ChatMessagePush,
  ChatReceiptPush,
  ChatRemovedPush,
  ChatSummary,
  ChatTypingPush,
} from '@shared/schemas/chat';
import { keyOf } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';

const DELIVERY_RANK: Record<ChatMessage['delivery'], number> = { sent: 0, delivered: 1, read: 2 };

/** Someone typing in a chat, as last pushed. */
export interface ChatTypingState {
  name: string | null;
  typing: boolean;
}

function mergeMessages(messages: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map(messages.map((message) => [message.id, message]));
  for (const message of incoming) {
    const known = byId.get(message.id);
    byId.set(
      message.id,
      known && DELIVERY_RANK[known.delivery] > DELIVERY_RANK[message.delivery]
        ? { ...message, delivery: known.delivery }
        : message,
    );
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** Pushes can overtake each other: a summary older than the one held is dropped. */
function newer(next: ChatSummary, current: ChatSummary | undefined): boolean {
  return !current || Date.parse(next.updatedAt) >= Date.parse(current.updatedAt);
}

/** A chat I hold changed or is new to me: in my list (in arrival order) and in its conversation. */
export function upsertChat(queryClient: QueryClient, chat: ChatSummary): void {
  queryClient.setQueryData(queryKeys.myChats, (chats) => {
    if (!chats) return chats;
    const current = chats.find((item) => item.id === chat.id);
    if (!current) return [...chats, chat];
    return newer(chat, current) ? chats.map((item) => (item.id === chat.id ? chat : item)) : chats;
  });
  queryClient.setQueryData(queryKeys.chat(chat.id), (detail) =>
    detail && newer(chat, detail.chat) ? { ...detail, chat } : detail,
  );
}

/** Transferred away or closed: the tab goes. */
export function removeChat(queryClient: QueryClient, removed: Pick<ChatRemovedPush, 'conversationId'>): void {
  queryClient.setQueryData(queryKeys.myChats, (chats) => chats?.filter((item) => item.id !== removed.conversationId));
  queryClient.removeQueries({ queryKey: queryKeys.chat(removed.conversationId) });
  queryClient.removeQueries({ queryKey: queryKeys.chatTyping(removed.conversationId) });
}

/** A new message: in the conversation, as the tab's last message, and counted unread when the visitor wrote it. */
export function insertChatMessage(queryClient: QueryClient, { conversationId, message }: ChatMessagePush): void {
  let known = false;
  queryClient.setQueryData(queryKeys.chat(conversationId), (detail) => {
    if (!detail) return detail;
    known = detail.messages.some((item) => item.id === message.id);
    return { ...detail, messages: mergeMessages(detail.messages, [message]) };
  });
  queryClient.setQueryData(queryKeys.myChats, (chats) =>
    chats?.map((chat) => {
      if (chat.id !== conversationId || (chat.lastMessage && chat.lastMessage.seq >= message.seq)) return chat;
      const unread = message.authorKind === 'visitor' && !known ? chat.unread + 1 : chat.unread;
      return { ...chat, lastMessage: message, unread };
    }),
  );
  if (message.authorKind === 'visitor')
    setChatTyping(queryClient, conversationId, { name: message.authorName, typing: false });
}

/** The visitor's receipts move my messages to delivered / read, never back. */
export function applyVisitorReceipt(queryClient: QueryClient, receipt: ChatReceiptPush): void {
  if (receipt.reader !== 'visitor') return;
  queryClient.setQueryData(queryKeys.chat(receipt.conversationId), (detail) =>
    detail
      ? {
          ...detail,
          messages: detail.messages.map((message) =>
            message.authorKind === 'agent' &&
            message.seq <= receipt.upToSeq &&
            DELIVERY_RANK[message.delivery] < DELIVERY_RANK[receipt.state]
              ? { ...message, delivery: receipt.state }
              : message,
          ),
        }
      : detail,
  );
}

/** Who is typing in a chat: pushed only, never read from the API. */
export const chatTypingKey = (chatId: string) => keyOf<ChatTypingState>(queryKeys.chatTyping(chatId));

export function setChatTyping(queryClient: QueryClient, chatId: string, typing: ChatTypingState): void {
  queryClient.setQueryData(chatTypingKey(chatId), typing);
}

export function applyChatTyping(queryClient: QueryClient, push: ChatTypingPush): void {
  if (push.author === 'visitor')
    setChatTyping(queryClient, push.conversationId, { name: push.name, typing: push.typing });
}

/** I have read the chat: its tab shows no unread count. */
export function markChatReadLocally(queryClient: QueryClient, chatId: string): void {
  queryClient.setQueryData(queryKeys.myChats, (chats) =>
    chats?.map((chat) => (chat.id === chatId && chat.unread > 0 ? { ...chat, unread: 0 } : chat)),
  );
}

/** My own message, stored (the POST answer): in the conversation at once, whatever the push does. */
export function insertSentMessage(queryClient: QueryClient, chatId: string, message: ChatMessage): void {
  insertChatMessage(queryClient, { conversationId: chatId, message });
}
