import type { QueryClient } from '@tanstack/react-query';
import type {
  ChatMessagePush,
  ChatQueueStatus,
  ChatReceiptPush,
  ChatTypingPush,
  VisitorConversation,
} from '@shared/schemas/chat';
import { widgetQueryKeys } from '../api/widget-query-keys';
import {
  applyAgentReceipt,
  applyConversationUpdate,
  applyQueuePosition,
  insertVisitorMessage,
} from './conversation-cache';
import type { VisitorSocket } from './visitor-socket';

export interface VisitorPushHandlers {
  /** The adviser started or stopped typing (their name when known). */
  onAgentTyping(name: string | null, typing: boolean): void;
  /** A message of mine reached the server by another way (lost ack, other tab). */
  onOwnMessageStored(clientMessageId: string): void;
  /** Connected (again): what was missed is read from the API, the outbox is sent again. */
  onConnected(): void;
  /** The server refused the token and socket.io will not retry: the conversation is gone. */
  onRefused(): void;
}

/** The one place where the visitor's pushes become cache updates. */
export function applyVisitorPushes(
  socket: VisitorSocket,
  queryClient: QueryClient,
  handlers: VisitorPushHandlers,
): () => void {
  let connectedBefore = false;

  function connected() {
    if (connectedBefore) void queryClient.invalidateQueries({ queryKey: widgetQueryKeys.conversation });
    connectedBefore = true;
    handlers.onConnected();
  }

  function message({ message: pushed }: ChatMessagePush) {
    insertVisitorMessage(queryClient, pushed);
    if (pushed.authorKind === 'agent') handlers.onAgentTyping(pushed.authorName, false);
    if (pushed.authorKind === 'visitor' && pushed.clientMessageId) handlers.onOwnMessageStored(pushed.clientMessageId);
  }

  function typing(push: ChatTypingPush) {
    if (push.author === 'agent') handlers.onAgentTyping(push.name, push.typing);
  }

  function receipt(push: ChatReceiptPush) {
    applyAgentReceipt(queryClient, push);
  }

  function updated(conversation: Omit<VisitorConversation, 'messages'>) {
    applyConversationUpdate(queryClient, conversation);
    if (conversation.state === 'ended') handlers.onAgentTyping(null, false);
  }

  function position(push: { conversationId: string; queue: ChatQueueStatus }) {
    applyQueuePosition(queryClient, push.queue);
  }

  function connectionFailed() {
    if (!socket.active) handlers.onRefused();
  }

  socket.on('connect', connected);
  socket.on('chat.message', message);
  socket.on('chat.typing', typing);
  socket.on('chat.receipt', receipt);
  socket.on('chat.updated', updated);
  socket.on('chat.position', position);
  socket.on('connect_error', connectionFailed);
  if (socket.connected) connected();
  return () => {
    socket.off('connect', connected);
    socket.off('chat.message', message);
    socket.off('chat.typing', typing);
    socket.off('chat.receipt', receipt);
    socket.off('chat.updated', updated);
    socket.off('chat.position', position);
    socket.off('connect_error', connectionFailed);
  };
}
