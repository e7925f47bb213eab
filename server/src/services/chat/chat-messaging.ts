import type { ChatMessage } from '@shared/schemas/chat';
import { AppError } from '../../errors';
import type { UnitOfWork } from '../../db/unit-of-work';
import {
  chatConversationsRepository,
  type ConversationRecord,
} from '../../db/repositories/chat-conversations.repository';
import { chatMessagesRepository } from '../../db/repositories/chat-messages.repository';
import { renderTranscript } from '../../domain/chat/transcript';
import type { EventBus } from '../../events/bus';
import type { TimelineService } from '../timeline.service';
import { toChatMessage } from './chat-views';

export interface MessagingDeps {
  bus: EventBus;
  now: () => Date;
}

export type ChatAuthor =
  | { kind: 'visitor'; name: string }
  | { kind: 'agent'; agentId: string; name: string }
  | { kind: 'system' };

/**
 * Stores one message in the caller's transaction; desks and the visitor are told once it commits.
 * The same clientMessageId again returns the stored message and tells nobody twice.
 */
export async function postMessage(
  uow: UnitOfWork,
  deps: MessagingDeps,
  record: ConversationRecord,
  author: ChatAuthor,
  clientMessageId: string | null,
  body: string,
): Promise<{ message: ChatMessage; created: boolean }> {
  const { conversation, contact } = record;
  const { message: row, created } = await chatMessagesRepository.insertOnce(uow.tx, {
    conversationId: conversation.id,
    clientMessageId,
    authorKind: author.kind,
    authorAgentId: author.kind === 'agent' ? author.agentId : null,
    authorName: author.kind === 'system' ? null : author.name,
    body,
    sentAt: deps.now(),
  });
  const message = toChatMessage(row, conversation);
  if (created) {
    await chatConversationsRepository.update(uow.tx, conversation.id, { updatedAt: deps.now() });
    uow.afterCommit(() =>
      deps.bus.emit('chat.message', { conversationId: conversation.id, agentId: contact.agentId, message }),
    );
  }
  return { message, created };
}

/** A retry of a message already stored is answered with it, even once the chat has ended. */
export async function alreadySent(
  uow: UnitOfWork,
  record: ConversationRecord,
  clientMessageId: string,
): Promise<ChatMessage | null> {
  const row = await chatMessagesRepository.byClientId(uow.tx, record.conversation.id, clientMessageId);
  return row ? toChatMessage(row, record.conversation) : null;
}

export function refuseIfEnded(record: ConversationRecord): void {
  if (record.conversation.endedAt)
    throw new AppError('chat_ended', 'this chat has ended; start a new one to write again');
}

/**
 * The chat on the customer's timeline once it is over: the whole transcript as text, with the
 * names of the agents who wrote in it (as they were called at the time).
 */
export async function appendTranscriptToTimeline(
  uow: UnitOfWork,
  deps: { timeline: TimelineService; now: () => Date; timeZone: string },
  record: ConversationRecord,
  actor: { kind: 'agent'; id: string; name: string } | { kind: 'customer'; name: string } | { kind: 'system' },
  extra: Record<string, string | number | boolean | null>,
): Promise<void> {
  const { conversation, contact } = record;
  if (!contact.customerId) return;
  const rows = await chatMessagesRepository.listOf(uow.tx, conversation.id);
  const agents = await chatMessagesRepository.agentNamesOf(uow.tx, conversation.id, contact.id);
  const transcript = renderTranscript(
    rows.map((r) => ({
      authorKind: r.authorKind as 'visitor' | 'agent' | 'system',
      authorName: r.authorName,
      body: r.body,
      sentAt: r.sentAt,
    })),
    { timeZone: deps.timeZone },
  );
  await deps.timeline.append(uow, {
    customerId: contact.customerId,
    occurredAt: deps.now(),
    channel: 'chat',
    type: 'chat.ended',
    body: transcript,
    contactId: contact.id,
    caseId: contact.caseId,
    actorKind: actor.kind,
    actorId: actor.kind === 'agent' ? actor.id : null,
    actorName: actor.kind === 'system' ? null : actor.name,
    payload: {
      conversationId: conversation.id,
      agents: agents.join(', '),
      messages: rows.filter((r) => r.authorKind !== 'system').length,
      visitorName: conversation.visitorName,
      ...extra,
    },
  });
}
