import type {
  ChatMessage,
  ChatReceiptRequest,
  TranscriptResponse,
  VisitorConversation,
  VisitorSend,
} from '@shared/schemas/chat';
import { AppError } from '../../errors';
import type { Db } from '../../db/store';
import { transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import { offersRepository } from '../../db/repositories/offers.repository';
import { inTransaction } from '../../db/unit-of-work';
import {
  chatConversationsRepository,
  type ConversationRecord,
} from '../../db/repositories/chat-conversations.repository';
import { chatMessagesRepository } from '../../db/repositories/chat-messages.repository';
import { emailOutboxRepository } from '../../db/repositories/email-outbox.repository';
import { limitReached } from '../../domain/chat/rate-limit';
import { transcriptEmail } from '../../domain/chat/transcript';
import type { EventBus } from '../../events/bus';
import type { TimelineService } from '../timeline.service';
import { chatLine } from './chat-lines';
import { alreadySent, appendTranscriptToTimeline, postMessage, refuseIfEnded } from './chat-messaging';
import type { ChatSettings } from './chat-settings';
import { visitorConversation, visitorHeader } from './chat-views';
import type { ContactQueueService as ContactQueue } from '../routing/contact-queue.service';
import { hashVisitorToken } from './visitor-token';

export interface ChatVisitorDeps {
  db: Db;
  bus: EventBus;
  timeline: TimelineService;
  contactQueue: ContactQueue;
  settings: ChatSettings;
  now?: () => Date;
}

/** The visitor's session: their token is the only key, and opens only their own conversation. */
export interface VisitorSession {
  conversationId: string;
}

/**
 * What a visitor can do in their conversation. Every operation takes the session resolved from the
 * token, never an id the visitor sends: there is no way to name another conversation.
 */
export function createChatVisitorService(deps: ChatVisitorDeps) {
  const now = deps.now ?? (() => new Date());
  const messaging = { bus: deps.bus, now };

  async function locked(
    db: Parameters<typeof chatConversationsRepository.byId>[0],
    session: VisitorSession,
  ): Promise<ConversationRecord> {
    const record = await chatConversationsRepository.byId(db, session.conversationId, true);
    if (!record) throw new AppError('conversation_not_found', 'conversation not found');
    return record;
  }

  async function current(session: VisitorSession): Promise<ConversationRecord> {
    const record = await chatConversationsRepository.byId(deps.db, session.conversationId);
    if (!record) throw new AppError('conversation_not_found', 'conversation not found');
    return record;
  }

  return {
    /** The token from the widget's storage, or null when it opens nothing. */
    async authenticate(token: string): Promise<VisitorSession | null> {
      const record = await chatConversationsRepository.byTokenHash(deps.db, hashVisitorToken(token));
      return record ? { conversationId: record.conversation.id } : null;
    },

    async conversation(session: VisitorSession): Promise<VisitorConversation> {
      return visitorConversation(deps.db, deps.contactQueue, await current(session));
    },

    async header(session: VisitorSession): Promise<Omit<VisitorConversation, 'messages'>> {
      return visitorHeader(deps.db, deps.contactQueue, await current(session));
    },

    /** Stored before the visitor's ack; a retry with the same clientMessageId returns the same message. */
    async send(session: VisitorSession, input: VisitorSend): Promise<ChatMessage> {
      return inTransaction(deps.db, async (uow) => {
        const record = await locked(uow.tx, session);
        const previous = await alreadySent(uow, record, input.clientMessageId);
        if (previous) return previous;
        refuseIfEnded(record);
        const recent = await chatMessagesRepository.countBy(
          uow.tx,
          record.conversation.id,
          'visitor',
          new Date(now().getTime() - 60_000),
        );
        if (limitReached(recent, deps.settings.visitorMessagesPerMinute)) {
          throw new AppError(
            'chat_messages_throttled',
            `you are sending messages too fast (${deps.settings.visitorMessagesPerMinute} a minute at most); wait a moment and send it again`,
            undefined,
            60,
          );
        }
        return (
          await postMessage(
            uow,
            messaging,
            record,
            { kind: 'visitor', name: record.conversation.visitorName },
            input.clientMessageId,
            input.body,
          )
        ).message;
      });
    },

    async typing(session: VisitorSession, typing: boolean): Promise<void> {
      const record = await current(session);
      if (record.conversation.endedAt) return;
      deps.bus.emit('chat.typing', {
        agentId: record.contact.agentId,
        push: {
          conversationId: record.conversation.id,
          author: 'visitor',
          name: record.conversation.visitorName,
          typing,
        },
      });
    },

    /** The visitor's screen has (or has shown) the agents' messages up to `upToSeq`. */
    async receipt(session: VisitorSession, input: ChatReceiptRequest): Promise<void> {
      await inTransaction(deps.db, async (uow) => {
        const record = await locked(uow.tx, session);
        const id = record.conversation.id;
        const delivered = await chatConversationsRepository.raiseReceipt(
          uow.tx,
          id,
          'visitorDeliveredSeq',
          input.upToSeq,
          now(),
        );
        const read =
          input.state === 'read' &&
          (await chatConversationsRepository.raiseReceipt(uow.tx, id, 'visitorReadSeq', input.upToSeq, now()));
        if (delivered || read) {
          uow.afterCommit(() =>
            deps.bus.emit('chat.receipt', {
              agentId: record.contact.agentId,
              push: {
                conversationId: id,
                reader: 'visitor',
                state: read ? 'read' : 'delivered',
                upToSeq: input.upToSeq,
              },
            }),
          );
        }
      });
    },

    /**
     * The visitor leaves. Still waiting: the contact is abandoned (an open offer withdrawn) and the
     * chat goes on the timeline. With an agent: the agent keeps it in wrap-up to close it with a disposition.
     */
    async end(session: VisitorSession): Promise<Omit<VisitorConversation, 'messages'>> {
      await inTransaction(deps.db, async (uow) => {
        const record = await locked(uow.tx, session);
        if (record.conversation.endedAt) return;
        const { conversation, contact } = record;
        const at = now();
        await chatConversationsRepository.update(uow.tx, conversation.id, {
          endedAt: at,
          endedBy: 'visitor',
          updatedAt: at,
        });
        const ended = { ...record, conversation: { ...conversation, endedAt: at, endedBy: 'visitor' } };
        await postMessage(
          uow,
          messaging,
          ended,
          { kind: 'system' },
          'visitor-left',
          chatLine('visitorLeft', conversation.visitorLocale, conversation.visitorName),
        );
        if (contact.state === 'queued' || contact.state === 'offered') {
          const pending = await offersRepository.withdrawPendingOf(uow.tx, contact.id, at);
          await transitionContact(uow.tx, contact.id, 'abandoned', { endedAt: at, updatedAt: at });
          for (const offer of pending) {
            uow.afterCommit(() =>
              deps.bus.emit('offer.closed', { offerId: offer.id, agentId: offer.agentId, state: 'withdrawn' }),
            );
          }
          await appendTranscriptToTimeline(
            uow,
            { timeline: deps.timeline, now, timeZone: deps.settings.timeZone },
            ended,
            { kind: 'customer', name: conversation.visitorName },
            {
              endedBy: 'visitor',
              answered: false,
            },
          );
          const queueId = contact.queueId;
          if (queueId) uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queueId] }));
        } else if (contact.state === 'active') {
          await transitionContact(uow.tx, contact.id, 'wrap_up', { endedAt: at, updatedAt: at });
        }
        uow.afterCommit(() => deps.bus.emit('chat.changed', { conversationId: conversation.id, removedFrom: null }));
      });
      return this.header(session);
    },

    /**
     * The transcript by email, once the chat is over. There is no mail relay in this product yet:
     * the email is queued in the outbox (state `queued`), rendered as plain text, and nothing claims it was sent.
     */
    async requestTranscript(session: VisitorSession, email: string): Promise<TranscriptResponse> {
      return inTransaction(deps.db, async (uow) => {
        const record = await locked(uow.tx, session);
        if (!record.conversation.endedAt)
          throw new AppError('chat_not_ended', 'the transcript can be sent once the chat has ended');
        const rows = await chatMessagesRepository.listOf(uow.tx, record.conversation.id);
        const locale = record.conversation.visitorLocale === 'en' ? 'en' : 'fr';
        const mail = transcriptEmail({
          lines: rows.map((r) => ({
            authorKind: r.authorKind as 'visitor' | 'agent' | 'system',
            authorName: r.authorName,
            body: r.body,
            sentAt: r.sentAt,
          })),
          visitorName: record.conversation.visitorName,
          topic: locale === 'fr' ? record.topic.labelFr : record.topic.labelEn,
          startedAt: record.conversation.createdAt,
          timeZone: deps.settings.timeZone,
          locale,
        });
        const to = email.trim().toLowerCase();
        await emailOutboxRepository.queueOnce(uow.tx, {
          purpose: 'chat_transcript',
          toAddress: to,
          subject: mail.subject,
          bodyText: mail.body,
          customerId: record.contact.customerId,
          contactId: record.contact.id,
        });
        await chatConversationsRepository.update(uow.tx, record.conversation.id, {
          transcriptRequestedAt: now(),
          updatedAt: now(),
        });
        return { state: 'queued' as const, to };
      });
    },
  };
}

export type ChatVisitorService = ReturnType<typeof createChatVisitorService>;
