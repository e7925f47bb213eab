import { eq } from 'drizzle-orm';
import { agents, offers, transfers } from '../../db/schema';
import type { Db } from '../../db/store';
import { inTransaction } from '../../db/unit-of-work';
import { chatConversationsRepository } from '../../db/repositories/chat-conversations.repository';
import type { EventBus } from '../../events/bus';
import type { ChatQueueStatus } from '@shared/schemas/chat';
import { chatLine } from './chat-lines';
import { postMessage } from './chat-messaging';
import type { ContactQueue } from './contact-queue.port';

/**
 * Reacts to routing: when an agent accepts a chat (new, or transferred), the visitor is told who
 * joined (a system line in the conversation), the previous holder loses it, and waiting visitors
 * of that queue move up.
 */
export function createChatAssignmentService(deps: { db: Db; bus: EventBus; contactQueue: ContactQueue; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function offerAccepted(offerId: string): Promise<void> {
    const [offer] = await deps.db.select().from(offers).where(eq(offers.id, offerId)).limit(1);
    if (!offer) return;
    const known = await chatConversationsRepository.byContactId(deps.db, offer.contactId);
    if (!known) return;
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
      uow.afterCommit(() => {
        deps.bus.emit('chat.changed', { conversationId: record.conversation.id, removedFrom });
        if (record.contact.queueId) deps.bus.emit('chat.queueMoved', { queueId: record.contact.queueId });
      });
    });
  }

  return {
    offerAccepted,

    /** Where each waiting visitor of a queue stands now. */
    async positionsIn(queueId: string): Promise<Array<{ conversationId: string; queue: ChatQueueStatus }>> {
      const waiting = await chatConversationsRepository.waitingIn(deps.db, queueId);
      const positions = await Promise.all(waiting.map(async (w) => ({ conversationId: w.id, queue: await deps.contactQueue.position(w.contactId) })));
      return positions.filter((p): p is { conversationId: string; queue: ChatQueueStatus } => p.queue !== null);
    },

    /** Subscribes to routing's events; returns the unsubscribe. */
    listen(onError: (error: unknown) => void): () => void {
      return deps.bus.on('offer.closed', (closed) => {
        if (closed.state === 'accepted') offerAccepted(closed.offerId).catch(onError);
      });
    },
  };
}

export type ChatAssignmentService = ReturnType<typeof createChatAssignmentService>;
