import type { Namespace, Socket } from 'socket.io';
import type { VisitorClientToServerEvents, VisitorServerToClientEvents } from '@shared/events/chat-events';
import type { VisitorSession } from '../services/chat/chat-visitor.service';

export type VisitorNamespace = Namespace<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  Record<string, never>,
  VisitorSession
>;
export type VisitorSocket = Socket<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  Record<string, never>,
  VisitorSession
>;

/** The one room a visitor's sockets are in: their own conversation. */
export const conversationRoom = (conversationId: string) => `chat:${conversationId}`;
