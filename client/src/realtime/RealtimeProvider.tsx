import { useState, type ReactNode } from 'react';
import { RealtimeContext, SIGNED_OUT_CONNECTION, type RealtimeConnection } from './realtime-context';
import type { SocketFactory } from './socket';
import { SocketSessionEffect } from './SocketSessionEffect';

interface RealtimeProviderProps {
  /** How to open the socket: the real server in the app, a fake in component tests. */
  socketFactory: SocketFactory;
  children: ReactNode;
}

export function RealtimeProvider({ socketFactory, children }: RealtimeProviderProps) {
  const [connection, setConnection] = useState<RealtimeConnection>(SIGNED_OUT_CONNECTION);
  return (
    <RealtimeContext.Provider value={connection}>
      <SocketSessionEffect socketFactory={socketFactory} onConnectionChange={setConnection} />
      {children}
    </RealtimeContext.Provider>
  );
}
