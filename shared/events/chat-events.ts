import type { Ack } from '../errors';
import type {
  ChatMessage,
  ChatMessagePush,
  ChatQueueStatus,
  ChatReceiptPush,
  ChatReceiptRequest,
  ChatRemovedPush,
  ChatSummary,
  ChatTyping,
  ChatTypingPush,
  VisitorConversation,
  VisitorSend,
} from '../schemas/chat';

/** The visitor widget's own socket.io namespace; handshake `auth: { token: <visitorToken> }`. */
export const VISITOR_NAMESPACE = '/visitor';

/** Server -> visitor. The visitor's socket is only ever in its own conversation's room. */
export interface VisitorServerToClientEvents {
  /** A new message in the conversation (the visitor's own ones too, e.g. sent from another tab). */
  'chat.message': (push: ChatMessagePush) => void;
  'chat.typing': (push: ChatTypingPush) => void;
  /** The agent's receipts for the visitor's messages. */
  'chat.receipt': (push: ChatReceiptPush) => void;
  /** State, agent, queue position changed: the whole view without the messages (they come one by one). */
  'chat.updated': (conversation: Omit<VisitorConversation, 'messages'>) => void;
  'chat.position': (push: { conversationId: string; queue: ChatQueueStatus }) => void;
}

/** Visitor -> server commands, acknowledged with `{ok:true,data}|{ok:false,error}`. */
export interface VisitorClientToServerEvents {
  /** Stored before the ack; retry with the same clientMessageId after a lost ack: no duplicate. */
  'chat.send': (payload: VisitorSend, ack: (result: Ack<ChatMessage>) => void) => void;
  'chat.typing': (payload: ChatTyping, ack?: (result: Ack<null>) => void) => void;
  'chat.receipt': (payload: ChatReceiptRequest, ack?: (result: Ack<null>) => void) => void;
  /** The whole conversation, for (re)connection. */
  'chat.sync': (payload: Record<string, never>, ack: (result: Ack<VisitorConversation>) => void) => void;
  /** The visitor ends the chat (end screen follows). */
  'chat.end': (
    payload: Record<string, never>,
    ack: (result: Ack<Omit<VisitorConversation, 'messages'>>) => void,
  ) => void;
}

/**
 * Additions to the agent desk's `ServerToClientEvents` (shared/events/socket-events.ts extends this).
 * Sent to `agent:<id>` of the agent holding the chat (and supervisors do not get chat text).
 */
export interface ChatDeskServerToClientEvents {
  /** A chat I hold changed or is new to me (accepted, transferred to me, visitor ended, linked, closed). */
  'chat.updated': (chat: ChatSummary) => void;
  /** A chat left my desk (transferred away, closed elsewhere). */
  'chat.removed': (push: ChatRemovedPush) => void;
  'chat.message': (push: ChatMessagePush) => void;
  'chat.typing': (push: ChatTypingPush) => void;
  /** The visitor's receipts for the agents' messages. */
  'chat.receipt': (push: ChatReceiptPush) => void;
}
