import { EventEmitter } from 'node:events';
import { act } from '@testing-library/react';
import type { Ack } from '@shared/errors';
import type { VisitorServerToClientEvents } from '@shared/events/chat-events';
import type { VisitorSocket } from '../../../client/src/widget/session/visitor-socket';

interface SentCommand {
  event: string;
  payload: unknown;
  ack?: (result: Ack<unknown>) => void;
}

/**
 * Stands in for the visitor's socket.io client. Commands are recorded; acks are answered by a test's
 * `answer()` rule or held (a lost ack) until `answerHeld()`. Tests push server events.
 */
export class FakeVisitorSocket {
  connected = false;
  active = false;
  tokens: string[] = [];
  readonly sent: SentCommand[] = [];
  private readonly rules = new Map<string, (payload: unknown) => Ack<unknown> | null>();
  private readonly listeners = new EventEmitter();

  readonly factory = (token: string): VisitorSocket => {
    this.tokens.push(token);
    this.connected = true;
    this.active = true;
    return this as unknown as VisitorSocket;
  };

  /** How the server answers a command; null holds the ack (as when the network drops before it). */
  answer(event: string, rule: (payload: unknown) => Ack<unknown> | null): void {
    this.rules.set(event, rule);
  }

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.on(event, listener);
    return this;
  }

  off(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.off(event, listener);
    return this;
  }

  emit(event: string, payload: unknown, ack?: (result: Ack<unknown>) => void): this {
    this.sent.push({ event, payload, ack });
    const rule = this.rules.get(event);
    const result = rule ? rule(payload) : null;
    if (result && ack) ack(result);
    return this;
  }

  disconnect(): this {
    this.connected = false;
    this.active = false;
    return this;
  }

  sentPayloads(event: string): unknown[] {
    return this.sent.filter((command) => command.event === event).map((command) => command.payload);
  }

  push<E extends keyof VisitorServerToClientEvents>(event: E, ...args: Parameters<VisitorServerToClientEvents[E]>): void {
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

  /** The server refuses the token; socket.io gives up. */
  refuse(): void {
    act(() => {
      this.connected = false;
      this.active = false;
      this.listeners.emit('connect_error', new Error('not_found'));
    });
  }
}
