import type { ChatMessage } from '@shared/schemas/chat';
import type { OutboxEntry } from '../session/outbox';
import type { WidgetMessage } from './widget-message';

/** The stored history, then what is still in the outbox ("sending", or refused with "Send again"). */
export function toWidgetMessages(messages: readonly ChatMessage[], outbox: readonly OutboxEntry[]): WidgetMessage[] {
  const stored = new Set(messages.map((message) => message.clientMessageId).filter(Boolean));
  return [
    ...messages.map(
      (message): WidgetMessage => ({
        key: message.clientMessageId ?? message.id,
        author: message.authorKind,
        authorName: message.authorName,
        body: message.body,
        at: message.sentAt,
        delivery: message.authorKind === 'visitor' ? message.delivery : null,
      }),
    ),
    ...outbox
      .filter((entry) => !stored.has(entry.clientMessageId))
      .map(
        (entry): WidgetMessage => ({
          key: entry.clientMessageId,
          author: 'visitor',
          authorName: null,
          body: entry.body,
          at: entry.createdAt,
          delivery: entry.refusedWith ? 'failed' : 'sending',
        }),
      ),
  ];
}
