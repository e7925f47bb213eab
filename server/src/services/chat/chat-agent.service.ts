import type { Agent } from '@shared/schemas/agent';
import type {
  AgentSendRequest,
  CannedReply,
  ChatDetail,
  ChatMessage,
  ChatReceiptRequest,
  ChatSummary,
  CloseChatRequest,
} from '@shared/schemas/chat';
import { AppError, notFound } from '../../errors';
import type { Db, DbOrTx } from '../../db/store';
import { changeContact, transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import { inTransaction } from '../../db/unit-of-work';
import { cannedRepliesRepository } from '../../db/repositories/canned-replies.repository';
import {
  chatConversationsRepository,
  type ConversationRecord,
} from '../../db/repositories/chat-conversations.repository';
import { chatMessagesRepository } from '../../db/repositories/chat-messages.repository';
import { customersRepository } from '../../db/repositories/customers.repository';
import { dispositionsRepository } from '../../db/repositories/dispositions.repository';
import type { EventBus } from '../../events/bus';
import type { TimelineService } from '../timeline.service';
import { chatLine } from './chat-lines';
import { alreadySent, appendTranscriptToTimeline, postMessage, refuseIfEnded } from './chat-messaging';
import type { ChatSettings } from './chat-settings';
import { chatSummary, toChatMessage } from './chat-views';

export interface ChatAgentDeps {
  db: Db;
  bus: EventBus;
  timeline: TimelineService;
  settings: ChatSettings;
  now?: () => Date;
}

const SUPERVISING = new Set(['supervisor', 'admin']);

/** The agent's side of web chats: several at once, each with its history, closed with a disposition. */
export function createChatAgentService(deps: ChatAgentDeps) {
  const now = deps.now ?? (() => new Date());
  const messaging = { bus: deps.bus, now };

  /** The chat, if this agent holds it (supervisors may read any chat, not write in it). */
  async function visible(
    db: DbOrTx,
    actor: Agent,
    conversationId: string,
    forUpdate: boolean,
    write: boolean,
  ): Promise<ConversationRecord> {
    const record = await chatConversationsRepository.byId(db, conversationId, forUpdate);
    const holds = record?.contact.agentId === actor.id;
    if (!record || (!holds && (write || !SUPERVISING.has(actor.role)))) throw notFound('chat_not_found');
    return record;
  }

  function refuseUnlessActive(record: ConversationRecord): void {
    if (record.contact.state !== 'active')
      throw new AppError(
        'chat_not_active',
        `this chat is ${record.contact.state === 'wrap_up' ? 'over' : record.contact.state}: nothing can be written in it`,
      );
    refuseIfEnded(record);
  }

  async function detail(record: ConversationRecord): Promise<ChatDetail> {
    const rows = await chatMessagesRepository.listOf(deps.db, record.conversation.id);
    return {
      chat: await chatSummary(deps.db, record),
      messages: rows.map((r) => toChatMessage(r, record.conversation)),
    };
  }

  return {
    /** Every chat on my desk (active and in wrap-up): a reloaded desk gets them all back. */
    async mine(actor: Agent): Promise<ChatSummary[]> {
      const ids = await chatConversationsRepository.idsHeldBy(deps.db, actor.id);
      const records = await Promise.all(ids.map((id) => chatConversationsRepository.byId(deps.db, id)));
      return Promise.all(
        records.filter((r): r is ConversationRecord => r !== null).map((r) => chatSummary(deps.db, r)),
      );
    },

    async summary(conversationId: string): Promise<ChatSummary | null> {
      const record = await chatConversationsRepository.byId(deps.db, conversationId);
      return record ? chatSummary(deps.db, record) : null;
    },

    async detail(actor: Agent, conversationId: string): Promise<ChatDetail> {
      return detail(await visible(deps.db, actor, conversationId, false, false));
    },

    async detailByContact(actor: Agent, contactId: string): Promise<ChatDetail> {
      const record = await chatConversationsRepository.byContactId(deps.db, contactId);
      if (!record) throw notFound('chat_not_found');
      return detail(await visible(deps.db, actor, record.conversation.id, false, false));
    },

    /** Stored before the answer; retrying with the same clientMessageId returns the same message. */
    async send(actor: Agent, conversationId: string, input: AgentSendRequest): Promise<ChatMessage> {
      return inTransaction(deps.db, async (uow) => {
        const record = await visible(uow.tx, actor, conversationId, true, true);
        const previous = await alreadySent(uow, record, input.clientMessageId);
        if (previous) return previous;
        refuseUnlessActive(record);
        return (
          await postMessage(
            uow,
            messaging,
            record,
            { kind: 'agent', agentId: actor.id, name: actor.displayName },
            input.clientMessageId,
            input.body,
          )
        ).message;
      });
    },

    async typing(actor: Agent, conversationId: string, typing: boolean): Promise<void> {
      const record = await visible(deps.db, actor, conversationId, false, true);
      if (record.conversation.endedAt) return;
      deps.bus.emit('chat.typing', {
        agentId: actor.id,
        push: { conversationId, author: 'agent', name: actor.displayName, typing },
      });
    },

    /** Mark read (the tab's unread count drops) or delivered. */
    async receipt(actor: Agent, conversationId: string, input: ChatReceiptRequest): Promise<void> {
      await inTransaction(deps.db, async (uow) => {
        const record = await visible(uow.tx, actor, conversationId, true, true);
        const delivered = await chatConversationsRepository.raiseReceipt(
          uow.tx,
          conversationId,
          'agentDeliveredSeq',
          input.upToSeq,
          now(),
        );
        const read =
          input.state === 'read' &&
          (await chatConversationsRepository.raiseReceipt(
            uow.tx,
            conversationId,
            'agentReadSeq',
            input.upToSeq,
            now(),
          ));
        if (delivered || read) {
          uow.afterCommit(() =>
            deps.bus.emit('chat.receipt', {
              agentId: record.contact.agentId,
              push: { conversationId, reader: 'agent', state: read ? 'read' : 'delivered', upToSeq: input.upToSeq },
            }),
          );
        }
      });
    },

    /**
     * The agent closes the chat with a disposition: the visitor (if still there) sees it ended,
     * the contact is closed and the transcript goes on the customer's timeline with the agents' names.
     */
    async close(actor: Agent, conversationId: string, input: CloseChatRequest): Promise<ChatSummary> {
      await inTransaction(deps.db, async (uow) => {
        const record = await visible(uow.tx, actor, conversationId, true, true);
        const { conversation, contact } = record;
        if (contact.state !== 'active' && contact.state !== 'wrap_up')
          throw new AppError('chat_not_closable', `this chat is ${contact.state}; it cannot be closed`);
        if (!(await dispositionsRepository.isActive(uow.tx, input.disposition))) {
          throw new AppError('disposition_unknown', 'unknown disposition', [
            { path: 'disposition', message: 'choose one of the dispositions offered' },
          ]);
        }
        const at = now();
        let ended = record;
        if (!conversation.endedAt) {
          await chatConversationsRepository.update(uow.tx, conversation.id, {
            endedAt: at,
            endedBy: 'agent',
            updatedAt: at,
          });
          ended = { ...record, conversation: { ...conversation, endedAt: at, endedBy: 'agent' } };
          await postMessage(
            uow,
            messaging,
            ended,
            { kind: 'system' },
            'agent-ended',
            chatLine('agentEnded', conversation.visitorLocale, actor.displayName),
          );
        }
        const wrapUpSeconds = contact.endedAt
          ? Math.max(0, Math.round((at.getTime() - contact.endedAt.getTime()) / 1000))
          : 0;
        const talkSeconds = contact.answeredAt
          ? Math.max(0, Math.round(((contact.endedAt ?? at).getTime() - contact.answeredAt.getTime()) / 1000))
          : null;
        await transitionContact(uow.tx, contact.id, 'closed', {
          endedAt: contact.endedAt ?? at,
          closedAt: at,
          disposition: input.disposition,
          talkSeconds,
          wrapUpSeconds,
          updatedAt: at,
        });
        await appendTranscriptToTimeline(
          uow,
          { timeline: deps.timeline, now, timeZone: deps.settings.timeZone },
          ended,
          { kind: 'agent', id: actor.id, name: actor.displayName },
          {
            endedBy: ended.conversation.endedBy,
            disposition: input.disposition,
            note: input.note ?? null,
            answered: true,
          },
        );
        uow.afterCommit(() => deps.bus.emit('chat.changed', { conversationId, removedFrom: actor.id }));
      });
      return (await this.summary(conversationId))!;
    },

    /** The agent knows better: the chat belongs to another customer (it moves on the timeline too). */
    async link(actor: Agent, conversationId: string, customerId: string): Promise<ChatSummary> {
      await inTransaction(deps.db, async (uow) => {
        const record = await visible(uow.tx, actor, conversationId, true, true);
        if (!(await customersRepository.exists(uow.tx, customerId))) throw notFound('customer_not_found');
        if (record.contact.customerId === customerId) return;
        await changeContact(uow.tx, record.contact.id, { customerId, updatedAt: now() });
        await chatConversationsRepository.update(uow.tx, conversationId, { updatedAt: now() });
        const first = (await chatMessagesRepository.listOf(uow.tx, conversationId)).find(
          (m) => m.authorKind === 'visitor',
        );
        await deps.timeline.append(uow, {
          customerId,
          occurredAt: record.conversation.createdAt,
          channel: 'chat',
          type: 'chat.started',
          body: first?.body ?? null,
          contactId: record.contact.id,
          actorKind: 'customer',
          actorName: record.conversation.visitorName,
          payload: {
            conversationId,
            topic: record.topic.labelEn,
            linkedBy: actor.displayName,
            previousCustomerId: record.contact.customerId,
          },
        });
        uow.afterCommit(() => deps.bus.emit('chat.changed', { conversationId, removedFrom: null }));
      });
      return (await this.summary(conversationId))!;
    },

    async cannedReplies(filter: { q?: string | undefined; locale?: 'fr' | 'en' | undefined }): Promise<CannedReply[]> {
      const rows = await cannedRepliesRepository.list(deps.db, {
        ...(filter.q ? { q: filter.q } : {}),
        ...(filter.locale ? { locale: filter.locale } : {}),
      });
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        locale: r.locale as CannedReply['locale'],
        tags: r.tags,
      }));
    },
  };
}

export type ChatAgentService = ReturnType<typeof createChatAgentService>;
