import type { ChatMessage, ChatSummary, VisitorConversation } from '@shared/schemas/chat';
import type { DbOrTx } from '../../db/store';
import type { ConversationRecord, ConversationRow } from '../../db/repositories/chat-conversations.repository';
import { chatMessagesRepository, type ChatMessageRow } from '../../db/repositories/chat-messages.repository';
import { agentsRepository } from '../../db/repositories/agents.repository';
import { customersRepository } from '../../db/repositories/customers.repository';
import { chatStateOf, deliveryOf } from '../../domain/chat/chat-state';
import type { ContactQueueService as ContactQueue } from '../routing/contact-queue.service';

/** Turns stored rows into what the widget and the desk are sent. */

export function toChatMessage(row: ChatMessageRow, conversation: ConversationRow): ChatMessage {
  const other =
    row.authorKind === 'visitor'
      ? { deliveredSeq: conversation.agentDeliveredSeq, readSeq: conversation.agentReadSeq }
      : row.authorKind === 'agent'
        ? { deliveredSeq: conversation.visitorDeliveredSeq, readSeq: conversation.visitorReadSeq }
        : null;
  return {
    id: row.id,
    seq: row.seq,
    conversationId: row.conversationId,
    clientMessageId: row.clientMessageId,
    authorKind: row.authorKind as ChatMessage['authorKind'],
    authorName: row.authorName,
    body: row.body,
    sentAt: row.sentAt.toISOString(),
    delivery: other ? deliveryOf(row.seq, other) : 'sent',
  };
}

async function agentName(db: DbOrTx, agentId: string | null): Promise<string | null> {
  if (!agentId) return null;
  return agentsRepository.displayNameOf(db, agentId);
}

const topicOf = (record: ConversationRecord) => ({
  id: record.topic.id,
  label: { fr: record.topic.labelFr, en: record.topic.labelEn },
});

export async function visitorHeader(
  db: DbOrTx,
  queue: ContactQueue,
  record: ConversationRecord,
): Promise<Omit<VisitorConversation, 'messages'>> {
  const { conversation, contact } = record;
  const state = chatStateOf(conversation.endedAt, contact.state);
  return {
    id: conversation.id,
    state,
    topic: topicOf(record),
    visitorName: conversation.visitorName,
    agentName: state === 'waiting' ? null : await agentName(db, contact.agentId),
    queue: state === 'waiting' ? await queue.position(contact.id) : null,
    startedAt: conversation.createdAt.toISOString(),
    endedAt: conversation.endedAt?.toISOString() ?? null,
    endedBy: (conversation.endedBy as VisitorConversation['endedBy']) ?? null,
    email: conversation.visitorEmail,
    transcriptRequested: conversation.transcriptRequestedAt !== null,
  };
}

export async function visitorConversation(
  db: DbOrTx,
  queue: ContactQueue,
  record: ConversationRecord,
): Promise<VisitorConversation> {
  const [header, rows] = await Promise.all([
    visitorHeader(db, queue, record),
    chatMessagesRepository.listOf(db, record.conversation.id),
  ]);
  return { ...header, messages: rows.map((row) => toChatMessage(row, record.conversation)) };
}

export async function chatSummary(db: DbOrTx, record: ConversationRecord): Promise<ChatSummary> {
  const { conversation, contact } = record;
  const [name, customer, unread, last] = await Promise.all([
    agentName(db, contact.agentId),
    contact.customerId ? customersRepository.displayNameOf(db, contact.customerId) : Promise.resolve(null),
    chatMessagesRepository.countVisitorAfter(db, conversation.id, conversation.agentReadSeq),
    chatMessagesRepository.lastOf(db, conversation.id),
  ]);
  return {
    id: conversation.id,
    contactId: contact.id,
    state: chatStateOf(conversation.endedAt, contact.state),
    contactState: contact.state,
    agentId: contact.agentId,
    agentName: name,
    customerId: contact.customerId,
    customerName: customer,
    candidateCustomerIds: conversation.candidateCustomerIds.filter((id) => id !== contact.customerId),
    visitorName: conversation.visitorName,
    visitorEmail: conversation.visitorEmail,
    visitorPhone: conversation.visitorPhone,
    topic: topicOf(record),
    queueId: contact.queueId,
    caseId: contact.caseId,
    unread,
    lastMessage: last ? toChatMessage(last, conversation) : null,
    startedAt: conversation.createdAt.toISOString(),
    endedAt: conversation.endedAt?.toISOString() ?? null,
    endedBy: (conversation.endedBy as ChatSummary['endedBy']) ?? null,
    disposition: contact.disposition,
    updatedAt: new Date(Math.max(conversation.updatedAt.getTime(), contact.updatedAt.getTime())).toISOString(),
  };
}
