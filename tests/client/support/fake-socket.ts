import type { Ack } from '@shared/errors';
import type { ServerToClientEvents } from '@shared/events/socket-events';
import type { RealtimeSocket } from '../../../client/src/realtime/socket';
import { FakeSocketBase } from './fake-socket-base';

/**
 * Stands in for the socket.io client: the desk only uses `on`, `off`, `emit` (with an ack),
 * `disconnect`, `connected` and `active`. Tests push server events and read what was sent.
 */
export class FakeSocket extends FakeSocketBase<ServerToClientEvents> {
  opened = 0;
  /** Answer to `customer.watch`: accepted unless a test says otherwise. */
  watchResult: Ack<{ customerId: string }> | null = null;

  /** The socket factory given to the app: a connection that is up at once. */
  readonly factory = (): RealtimeSocket => {
    this.opened += 1;
    this.connected = true;
    this.active = true;
    // The app touches only the members above; the cast keeps the fake small.
    return this as unknown as RealtimeSocket;
  };

  emit(event: string, payload: { customerId: string }, ack?: (result: Ack<{ customerId: string }>) => void): this {
    this.sent.push({ event, payload });
    ack?.(this.watchResult ?? { ok: true, data: { customerId: payload.customerId } });
    return this;
  }

  /** The server refuses the connection (e.g. the session expired); socket.io gives up. */
  refuse(): void {
    this.refuseWith('unauthenticated');
  }
}
