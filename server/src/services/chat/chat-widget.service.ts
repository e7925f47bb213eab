import { randomUUID } from 'node:crypto';
import type {
  AlternativeResponse,
  CallbackInput,
  ChatAlternative,
  ChatAvailability,
  LeaveMessageInput,
  StartChatInput,
  StartChatResponse,
  WidgetConfig,
} from '@shared/schemas/chat';
import { LIMITS } from '@shared/schemas/limits';
import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import { AppError } from '../../errors';
import type { Db } from '../../db/store';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import { chatConversationsRepository } from '../../db/repositories/chat-conversations.repository';
import { chatMessagesRepository } from '../../db/repositories/chat-messages.repository';
import { chatTopicsRepository, type ChatTopicRow } from '../../db/repositories/chat-topics.repository';
import { createContact } from '../../db/repositories/contact-lifecycle.repository';
import { widgetRequestsRepository, type WidgetRequestKind } from '../../db/repositories/widget-requests.repository';
import { limitReached } from '../../domain/chat/rate-limit';
import type { EventBus } from '../../events/bus';
import type { PhoneSettings } from '../customer-search.service';
import type { TimelineService } from '../timeline.service';
import { resolveVisitorCustomer } from './chat-identity';
import type { ChatSettings } from './chat-settings';
import { visitorConversation } from './chat-views';
import type { ContactQueueService as ContactQueue, QueueAvailability } from '../routing/contact-queue.service';
import { hashClientAddress, hashVisitorToken, newVisitorToken } from './visitor-token';

export interface ChatWidgetDeps {
  db: Db;
  bus: EventBus;
  timeline: TimelineService;
  contactQueue: ContactQueue;
  phone: PhoneSettings;
  settings: ChatSettings;
  now?: () => Date;
}

/** Thrown inside the start transaction when routing says closed: nothing created is kept. */
class QueueClosed extends Error {
  constructor(readonly nextOpening: Date | null) {
    super('queue closed');
  }
}

function toAvailability(a: QueueAvailability): ChatAvailability {
  const preferred: ChatAlternative[] =
    a.afterHoursAction === 'callback' ? ['callback', 'message'] : ['message', 'callback'];
  if (!a.open)
    return { open: false, reason: 'closed', nextOpening: a.nextOpening, alternatives: preferred, waiting: a.waiting };
  if (a.agentsAble.chat === 0)
    return { open: false, reason: 'no_agents', nextOpening: null, alternatives: preferred, waiting: a.waiting };
  return { open: true, reason: null, nextOpening: null, alternatives: [], waiting: a.waiting };
}

/** The public side of the chat: what the widget shows before a conversation, and how one starts. */
export function createChatWidgetService(deps: ChatWidgetDeps) {
  const now = deps.now ?? (() => new Date());
  const phoneOptions = () => ({
    defaultRegion: deps.phone.defaultRegion as PhoneRegion,
    fallbackRegions: deps.phone.fallbackRegions as PhoneRegion[],
  });

  async function topicOrRefuse(topicId: string): Promise<ChatTopicRow & { queueName: string }> {
    const topic = await chatTopicsRepository.findActive(deps.db, topicId);
    if (!topic)
      throw new AppError('topic_unknown', 'unknown topic', [
        { path: 'topicId', message: 'choose one of the topics offered' },
      ]);
    return topic;
  }

  /** Per IP per hour, counted in the database so every process agrees. */
  async function checkAddress(uow: UnitOfWork, address: string, kind: WidgetRequestKind): Promise<void> {
    const ipHash = hashClientAddress(address, deps.settings.addressSecret);
    const used = await widgetRequestsRepository.countSince(uow.tx, ipHash, new Date(now().getTime() - 3600_000));
    if (limitReached(used, deps.settings.conversationsPerHourPerIp)) {
      throw new AppError(
        'chat_start_throttled',
        `too many conversations from your network in the last hour (${deps.settings.conversationsPerHourPerIp} at most); please try again later`,
        undefined,
        600,
      );
    }
    await widgetRequestsRepository.record(uow.tx, ipHash, kind, now());
  }

  return {
    async config(): Promise<WidgetConfig> {
      const topics = await chatTopicsRepository.listActive(deps.db);
      const items = await Promise.all(
        topics.map(async (t) => ({
          id: t.id,
          label: { fr: t.labelFr, en: t.labelEn },
          availability: toAvailability(await deps.contactQueue.availability(t.queueId)),
        })),
      );
      return { topics: items, limits: { messageMaxLength: LIMITS.chatMessage, nameMaxLength: LIMITS.name } };
    },

    async start(input: StartChatInput, client: { address: string }): Promise<StartChatResponse> {
      const topic = await topicOrRefuse(input.topicId);
      const availability = toAvailability(await deps.contactQueue.availability(topic.queueId));
      if (!availability.open) return { kind: 'unavailable', availability };
      const token = newVisitorToken();
      const conversationId = randomUUID();
      try {
        await inTransaction(deps.db, async (uow) => {
          await checkAddress(uow, client.address, 'conversation');
          const customer = await resolveVisitorCustomer(uow, deps, input);
          const queued = await deps.contactQueue.enqueue(uow, {
            channel: 'chat',
            queueId: topic.queueId,
            customerId: customer.customerId,
            subject: topic.labelEn,
            externalId: conversationId,
            payload: { conversationId, visitorName: input.name },
          });
          if (queued.kind === 'closed') throw new QueueClosed(queued.nextOpening);
          await chatConversationsRepository.insert(uow.tx, {
            id: conversationId,
            contactId: queued.contactId,
            topicId: topic.id,
            visitorTokenHash: hashVisitorToken(token),
            visitorName: input.name,
            visitorEmail: input.email ?? null,
            visitorPhone: input.phone ?? null,
            visitorLocale: input.locale ?? null,
            candidateCustomerIds: customer.candidateIds,
            createdAt: now(),
            updatedAt: now(),
          });
          if (input.firstMessage) {
            await chatMessagesRepository.insertOnce(uow.tx, {
              conversationId,
              clientMessageId: 'first',
              authorKind: 'visitor',
              authorName: input.name,
              body: input.firstMessage,
              sentAt: now(),
            });
          }
          await deps.timeline.append(uow, {
            customerId: customer.customerId,
            occurredAt: now(),
            channel: 'chat',
            type: 'chat.started',
            body: input.firstMessage ?? null,
            contactId: queued.contactId,
            actorKind: 'customer',
            actorName: input.name,
            payload: {
              conversationId,
              topic: topic.labelEn,
              queue: topic.queueName,
              linkedToKnownCustomer: !customer.created,
            },
          });
        });
      } catch (error) {
        if (error instanceof QueueClosed) {
          return {
            kind: 'unavailable',
            availability: {
              ...availability,
              open: false,
              reason: 'closed',
              nextOpening: error.nextOpening?.toISOString() ?? null,
              alternatives: ['message', 'callback'],
            },
          };
        }
        throw error;
      }
      const record = await chatConversationsRepository.byId(deps.db, conversationId);
      return {
        kind: 'started',
        visitorToken: token,
        conversation: await visitorConversation(deps.db, deps.contactQueue, record!),
      };
    },

    /** Out of hours or with nobody to answer: a written message, queued as an email-channel contact. */
    async leaveMessage(input: LeaveMessageInput, client: { address: string }): Promise<AlternativeResponse> {
      const topic = await topicOrRefuse(input.topicId);
      const availability = await deps.contactQueue.availability(topic.queueId);
      const contactId = await inTransaction(deps.db, async (uow) => {
        await checkAddress(uow, client.address, 'message');
        const customer = await resolveVisitorCustomer(uow, deps, input);
        const contact = await createContact(uow.tx, {
          channel: 'email',
          queueId: topic.queueId,
          customerId: customer.customerId,
          state: 'queued',
          queuedAt: now(),
          subject: `Message left on the chat: ${topic.labelEn}`,
          payload: {
            source: 'chat_widget',
            name: input.name,
            email: input.email ?? null,
            phone: input.phone ?? null,
            body: input.body,
          },
        });
        await deps.timeline.append(uow, {
          customerId: customer.customerId,
          occurredAt: now(),
          channel: 'chat',
          type: 'chat.message_left',
          body: input.body,
          contactId: contact.id,
          actorKind: 'customer',
          actorName: input.name,
          payload: { topic: topic.labelEn, email: input.email ?? null, phone: input.phone ?? null },
        });
        uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [topic.queueId] }));
        return contact.id;
      });
      return { kind: 'message', contactId, nextOpening: availability.nextOpening };
    },

    /** A callback request: a `callback` contact in the topic's queue, with the number as E.164. */
    async requestCallback(input: CallbackInput, client: { address: string }): Promise<AlternativeResponse> {
      const topic = await topicOrRefuse(input.topicId);
      const phone = normalisePhone(input.phone, phoneOptions());
      if (phone.kind !== 'e164')
        throw new AppError('phone_not_callable', 'not a phone number we can call', [
          { path: 'phone', message: 'give a full phone number, e.g. 06 12 34 56 78 or +32 2 123 45 67' },
        ]);
      const availability = await deps.contactQueue.availability(topic.queueId);
      const contactId = await inTransaction(deps.db, async (uow) => {
        await checkAddress(uow, client.address, 'callback');
        const customer = await resolveVisitorCustomer(uow, deps, input);
        const contact = await createContact(uow.tx, {
          channel: 'callback',
          direction: 'outbound',
          queueId: topic.queueId,
          customerId: customer.customerId,
          state: 'queued',
          queuedAt: now(),
          subject: `Callback requested: ${topic.labelEn}`,
          // Not offered before the time the visitor asked for.
          notBefore: input.preferredAt ? new Date(input.preferredAt) : null,
          payload: {
            source: 'chat_widget',
            name: input.name,
            phone: phone.e164,
            preferredAt: input.preferredAt ?? null,
            note: input.note ?? null,
          },
        });
        await deps.timeline.append(uow, {
          customerId: customer.customerId,
          occurredAt: now(),
          channel: 'callback',
          type: 'callback.requested',
          body: input.note ?? null,
          contactId: contact.id,
          actorKind: 'customer',
          actorName: input.name,
          payload: {
            phone: phone.e164,
            preferredAt: input.preferredAt ?? null,
            topic: topic.labelEn,
            source: 'chat_widget',
          },
        });
        uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [topic.queueId] }));
        return contact.id;
      });
      return { kind: 'callback', contactId, nextOpening: availability.nextOpening };
    },
  };
}

export type ChatWidgetService = ReturnType<typeof createChatWidgetService>;
