import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events/socket-events';
import type { SessionIdentity } from '../services/auth.service';

export type SocketData = SessionIdentity;
export type DeskServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type DeskSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
