import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events/socket-events';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Injected through <RealtimeProvider> so tests can hand in a fake socket. */
export type SocketFactory = () => RealtimeSocket;

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** Same origin, default path /socket.io, the session cookie authenticates. */
export const connectToServer: SocketFactory = () => io({ withCredentials: true });
