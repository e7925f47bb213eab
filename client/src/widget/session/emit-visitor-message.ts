import type { ChatMessage } from '@shared/schemas/chat';
import type { OutboxEntry } from './outbox';
import type { VisitorSocket } from './visitor-socket';

export interface EmitOutcome {
  stored(message: ChatMessage): void;
  /** The server's reason for refusing it. */
  refused(reason: string): void;
}

/**
 * Sends one outbox entry with its clientMessageId. Only while connected: on a reconnect every entry
 * still waiting is sent again with the same id, and the server stores each message once.
 */
export function emitVisitorMessage(socket: VisitorSocket, entry: OutboxEntry, outcome: EmitOutcome): void {
  if (!socket.connected) return;
  socket.emit('chat.send', { clientMessageId: entry.clientMessageId, body: entry.body }, (result) => {
    if (result.ok) outcome.stored(result.data);
    else outcome.refused(result.error.reason);
  });
}
