import { EventEmitter } from 'node:events';
import { act } from '@testing-library/react';
import type { Ack } from '@shared/errors';

export interface SentCommand {
  event: string;
  payload: unknown;
  ack?: (result: Ack<unknown>) => void;
}

/**
 * What the desk's and the visitor's fake socket.io clients share: listeners, the commands sent,
 * server pushes, and the connection's ups and downs (each wrapped in `act`).
 */
export abstract class FakeSocketBase<ServerEvents> {
  connected = false;
  active = false;
  readonly sent: SentCommand[] = [];
  protected readonly listeners = new EventEmitter();

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.on(event, listener);
    return this;
  }

  off(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.off(event, listener);
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

  push<E extends keyof ServerEvents & string>(
    event: E,
    ...args: ServerEvents[E] extends (...a: infer A) => void ? A : never
  ): void {
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

  reconnect(): void {
    act(() => {
      this.connected = true;
      this.listeners.emit('connect');
    });
  }

  /** The server refuses the connection (an expired session, an unknown token); socket.io gives up. */
  protected refuseWith(code: string): void {
    act(() => {
      this.connected = false;
      this.active = false;
      this.listeners.emit('connect_error', new Error(code));
    });
  }
}
