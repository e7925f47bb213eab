import { useEffect, useState } from 'react';
import { useRealtimeConnection } from './realtime-context';

/**
 * Joins the customer's room while their record is open, again after each reconnect (rooms do not
 * survive a new connection). Returns false when the server refused, so the screen can say so.
 */
export function useWatchCustomer(customerId: string): { watchRefused: boolean } {
  const { socket } = useRealtimeConnection();
  const [watchRefused, setWatchRefused] = useState(false);

  useEffect(() => {
    if (!socket) return;
    let open = true;
    const watch = () =>
      socket.emit('customer.watch', { customerId }, (result) => {
        if (open) setWatchRefused(!result.ok);
      });
    // While disconnected socket.io buffers emits; the connect listener covers that case instead.
    if (socket.connected) watch();
    socket.on('connect', watch);
    return () => {
      open = false;
      socket.off('connect', watch);
      if (socket.connected) socket.emit('customer.unwatch', { customerId }, () => undefined);
    };
  }, [socket, customerId]);

  return { watchRefused };
}
