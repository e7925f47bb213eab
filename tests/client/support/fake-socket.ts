import { EventEmitter } from 'node:events';
import { act } from '@testing-library/react';
import type { Ack } from '@shared/errors';
import type { ServerToClientEvents } from '@shared/events/socket-events';
import type { RealtimeSocket } from '../../../client/src/realtime/socket';

interface SentCommand {
  event: string;
  payload: unknown;
}

/**
 * Stands in for the socket.io client: the desk only uses `on`, `off`, `emit` (with an ack),
 * `disconnect`, `connected` and `active`. Tests push server events and read what was sent.
 */
export class FakeSocket {
  connected = false;
  active = false;
  opened = 0;
  /** Answer to `customer.watch`: accepted unless a test says otherwise. */
  watchResult: Ack<{ customerId: string }> | null = null;
  readonly sent: SentCommand[] = [];
  private readonly listeners = new EventEmitter();

  /** The socket factory given to the app: a connection that is up at once. */
  readonly factory = (): RealtimeSocket => {
    this.opened += 1;
    this.connected = true;
    this.active = true;
    // The app touches only the members above; the cast keeps the fake small.
    return this as unknown as RealtimeSocket;
  };

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.on(event, listener);
    return this;
  }

  off(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.off(event, listener);
    return this;
  }

  emit(event: string, payload: { customerId: string }, ack?: (result: Ack<{ customerId: string }>) => void): this {
    this.sent.push({ event, payload });
    ack?.(this.watchResult ?? { ok: true, data: { customerId: payload.customerId } });
    return this;
  }

  disconnect(): this {
    this.connected = false;
    this.active = false;
    return this;
  }

  /** Commands sent for one event name, e.g. `customer.watch`. */
  sentPayloads(event: string): unknown[] {
    return this.sent.filter((command) => command.event === event).map((command) => command.payload);
  }

  push<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>): void {
    act(() => {
      this.listeners.emit(event, ...args);
    });
  }

  /** The network drops; socket.io will retry. */
  drop(): void {
    act(() => {
      this.connected = false;
      this.listeners.emit('disconnect', 'transport close');
    });
  }

  /** The server refuses the connection (e.g. the session expired); socket.io gives up. */
  refuse(): void {
    act(() => {
      this.connected = false;
      this.active = false;
      this.listeners.emit('connect_error', new Error('unauthenticated'));
    });
  }

  reconnect(): void {
    act(() => {
      this.connected = true;
      this.listeners.emit('connect');
    });
  }
}
