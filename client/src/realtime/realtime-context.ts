import { createContext, useContext } from 'react';
import type { ConnectionStatus, RealtimeSocket } from './socket';

export interface RealtimeConnection {
  /** Null while signed out. */
  socket: RealtimeSocket | null;
  status: ConnectionStatus;
}

export const SIGNED_OUT_CONNECTION: RealtimeConnection = { socket: null, status: 'disconnected' };

export const RealtimeContext = createContext<RealtimeConnection>(SIGNED_OUT_CONNECTION);

export function useRealtimeConnection(): RealtimeConnection {
  return useContext(RealtimeContext);
}
