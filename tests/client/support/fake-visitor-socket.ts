import type { Ack } from '@shared/errors';
import type { VisitorServerToClientEvents } from '@shared/events/chat-events';
import type { VisitorSocket } from '../../../client/src/widget/session/visitor-socket';
import { FakeSocketBase } from './fake-socket-base';

/**
 * Stands in for the visitor's socket.io client. Commands are recorded; acks are answered by a test's
 * `answer()` rule or held (a lost ack). Tests push server events.
 */
export class FakeVisitorSocket extends FakeSocketBase<VisitorServerToClientEvents> {
  tokens: string[] = [];
  private readonly rules = new Map<string, (payload: unknown) => Ack<unknown> | null>();

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

  emit(event: string, payload: unknown, ack?: (result: Ack<unknown>) => void): this {
    this.sent.push({ event, payload, ...(ack ? { ack } : {}) });
    const rule = this.rules.get(event);
    const result = rule ? rule(payload) : null;
    if (result && ack) ack(result);
    return this;
  }

  /** The server refuses the token; socket.io gives up. */
  refuse(): void {
    this.refuseWith('not_found');
  }
}
