import type { Db } from '../../db/store';
import { agentsRepository } from '../../db/repositories/agents.repository';
import { offersRepository } from '../../db/repositories/offers.repository';
import { transfersRepository } from '../../db/repositories/transfers.repository';
import { inTransaction } from '../../db/unit-of-work';
import { chatConversationsRepository } from '../../db/repositories/chat-conversations.repository';
import type { EventBus } from '../../events/bus';
import type { ChatQueueStatus } from '@shared/schemas/chat';
import { chatLine } from './chat-lines';
import { postMessage } from './chat-messaging';
import type { ContactQueueService as ContactQueue } from '../routing/contact-queue.service';

/**
 * Reacts to routing: when an agent accepts a chat (new, or transferred), the visitor is told who
 * joined (a system line in the conversation) and the previous holder loses it.
 */
export function createChatAssignmentService(deps: {
  db: Db;
  bus: EventBus;
  contactQueue: ContactQueue;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());

  async function assigned(contactId: string, agentId: string): Promise<void> {
    const known = await chatConversationsRepository.byContactId(deps.db, contactId);
    if (!known) return;
    // The offer this agent accepted (and its transfer, if the chat came by one).
    const offer = await offersRepository.lastAccepted(deps.db, contactId, agentId);
    if (!offer) return;
    await inTransaction(deps.db, async (uow) => {
      const record = await chatConversationsRepository.byId(uow.tx, known.conversation.id, true);
      if (!record || record.contact.agentId !== offer.agentId) return;
      const agent = await agentsRepository.findById(uow.tx, offer.agentId);
      const transfer = offer.transferId ? await transfersRepository.findById(uow.tx, offer.transferId) : null;
      if (!record.conversation.endedAt) {
        // One line per acceptance: the offer id makes it idempotent if this runs twice.
        await postMessage(
          uow,
          { bus: deps.bus, now },
          record,
          { kind: 'system' },
          `joined-${offer.id}`,
          chatLine('joined', record.conversation.visitorLocale, agent?.displayName ?? '—'),
        );
      }
      const removedFrom = transfer && transfer.fromAgentId !== offer.agentId ? transfer.fromAgentId : null;
      uow.afterCommit(() => deps.bus.emit('chat.changed', { conversationId: record.conversation.id, removedFrom }));
    });
  }

  return {
    assigned,

    /** Where each waiting visitor of a queue stands now. */
    async positionsIn(queueId: string): Promise<Array<{ conversationId: string; queue: ChatQueueStatus }>> {
      const waiting = await chatConversationsRepository.waitingIn(deps.db, queueId);
      const positions = await Promise.all(
        waiting.map(async (w) => ({ conversationId: w.id, queue: await deps.contactQueue.position(w.contactId) })),
      );
      return positions.filter((p): p is { conversationId: string; queue: ChatQueueStatus } => p.queue !== null);
    },

    /** Subscribes to routing's `contact.assigned`; returns the unsubscribe. */
    listen(onError: (error: unknown) => void): () => void {
      return deps.bus.on('contact.assigned', (event) => {
        if (event.channel === 'chat') assigned(event.contactId, event.agentId).catch(onError);
      });
    },
  };
}

export type ChatAssignmentService = ReturnType<typeof createChatAssignmentService>;
