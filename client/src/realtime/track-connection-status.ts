import type { ConnectionStatus, RealtimeSocket } from './socket';

/**
 * Follows the socket's life. `socket.active` tells whether socket.io will retry by itself: after a
 * server-side refusal (session gone) it will not, and the desk is truly offline.
 */
export function trackConnectionStatus(
  socket: RealtimeSocket,
  onStatus: (status: ConnectionStatus) => void,
): () => void {
  const retryingOrDown = () => onStatus(socket.active ? 'reconnecting' : 'disconnected');
  const connected = () => onStatus('connected');

  socket.on('connect', connected);
  socket.on('disconnect', retryingOrDown);
  socket.on('connect_error', retryingOrDown);
  return () => {
    socket.off('connect', connected);
    socket.off('disconnect', retryingOrDown);
    socket.off('connect_error', retryingOrDown);
  };
}
