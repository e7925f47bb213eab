import { io, type Socket } from 'socket.io-client';
import {
  VISITOR_NAMESPACE,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@shared/events/chat-events';

export type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;

/** Injected so component tests can hand in a fake. */
export type VisitorSocketFactory = (token: string) => VisitorSocket;

/** Same origin as the chat page, the visitor namespace, the token in the handshake. */
export const connectVisitorSocket: VisitorSocketFactory = (token) => io(VISITOR_NAMESPACE, { auth: { token } });
