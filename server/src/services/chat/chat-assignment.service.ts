import { and, desc, eq } from 'drizzle-orm';
import { agents, offers, transfers } from '../../db/schema';
import type { Db } from '../../db/store';
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
export function createChatAssignmentService(deps: { db: Db; bus: EventBus; contactQueue: ContactQueue; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function assigned(contactId: string, agentId: string): Promise<void> {
    const known = await chatConversationsRepository.byContactId(deps.db, contactId);
    if (!known) return;
    // The offer this agent accepted (and its transfer, if the chat came by one).
    const [offer] = await deps.db
      .select()
      .from(offers)
      .where(and(eq(offers.contactId, contactId), eq(offers.agentId, agentId), eq(offers.state, 'accepted')))
      .orderBy(desc(offers.decidedAt))
      .limit(1);
    if (!offer) return;
    await inTransaction(deps.db, async (uow) => {
      const record = await chatConversationsRepository.byId(uow.tx, known.conversation.id, true);
      if (!record || record.contact.agentId !== offer.agentId) return;
      const [agent] = await uow.tx.select({ name: agents.displayName }).from(agents).where(eq(agents.id, offer.agentId)).limit(1);
      const [transfer] = offer.transferId ? await uow.tx.select().from(transfers).where(eq(transfers.id, offer.transferId)).limit(1) : [];
      if (!record.conversation.endedAt) {
        // One line per acceptance: the offer id makes it idempotent if this runs twice.
        await postMessage(uow, { bus: deps.bus, now }, record, { kind: 'system' }, `joined-${offer.id}`, chatLine('joined', record.conversation.visitorLocale, agent?.name ?? '—'));
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
      const positions = await Promise.all(waiting.map(async (w) => ({ conversationId: w.id, queue: await deps.contactQueue.position(w.contactId) })));
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
