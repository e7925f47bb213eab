import type { QueryClient } from '@tanstack/react-query';
import type {
  ChatMessagePush,
  ChatReceiptPush,
  ChatRemovedPush,
  ChatSummary,
  ChatTypingPush,
} from '@shared/schemas/chat';
import { applyChatTyping, applyVisitorReceipt, insertChatMessage, removeChat, upsertChat } from '../features/chat';
import type { RealtimeSocket } from './socket';

/** Chat pushes to the agent desk become cache updates here (registered by applyServerPushes). */
export function applyChatPushes(socket: RealtimeSocket, queryClient: QueryClient): () => void {
  const updated = (chat: ChatSummary) => upsertChat(queryClient, chat);
  const removed = (push: ChatRemovedPush) => removeChat(queryClient, push);
  const message = (push: ChatMessagePush) => insertChatMessage(queryClient, push);
  const typing = (push: ChatTypingPush) => applyChatTyping(queryClient, push);
  const receipt = (push: ChatReceiptPush) => applyVisitorReceipt(queryClient, push);

  socket.on('chat.updated', updated);
  socket.on('chat.removed', removed);
  socket.on('chat.message', message);
  socket.on('chat.typing', typing);
  socket.on('chat.receipt', receipt);
  return () => {
    socket.off('chat.updated', updated);
    socket.off('chat.removed', removed);
    socket.off('chat.message', message);
    socket.off('chat.typing', typing);
    socket.off('chat.receipt', receipt);
  };
}
