import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../features/auth';
import { applyServerPushes } from './apply-server-pushes';
import { SIGNED_OUT_CONNECTION, type RealtimeConnection } from './realtime-context';
import type { SocketFactory } from './socket';
import { trackConnectionStatus } from './track-connection-status';

interface SocketSessionEffectProps {
  socketFactory: SocketFactory;
  onConnectionChange(connection: RealtimeConnection): void;
}

/** Opens the socket when an agent signs in and closes it when they sign out. Renders nothing. */
export function SocketSessionEffect({ socketFactory, onConnectionChange }: SocketSessionEffectProps) {
  const queryClient = useQueryClient();
  const agentId = useMe().data?.id ?? null;

  useEffect(() => {
    if (!agentId) return;
    const socket = socketFactory();
    onConnectionChange({ socket, status: socket.connected ? 'connected' : 'connecting' });
    const stopTracking = trackConnectionStatus(socket, (status) => onConnectionChange({ socket, status }));
    const stopPushes = applyServerPushes(socket, queryClient, agentId);
    return () => {
      stopPushes();
      stopTracking();
      socket.disconnect();
      onConnectionChange(SIGNED_OUT_CONNECTION);
    };
  }, [agentId, socketFactory, queryClient, onConnectionChange]);

  return null;
}
