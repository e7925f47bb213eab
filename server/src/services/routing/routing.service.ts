import type { Db } from '../../db/store';
import { lockContact, transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import { offersRepository } from '../../db/repositories/offers.repository';
import { transfersRepository } from '../../db/repositories/transfers.repository';
import { loadCandidates, waitingContactIds } from '../../db/repositories/routing.repository';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import {
  chooseAgent,
  type RoutedChannel,
  type RoutingCandidate,
  type RoutingDecision,
} from '../../domain/routing/routing-choice';
import { offerExpiresAt } from '../../domain/routing/offer-rules';
import { orderWaitingContacts } from '../../domain/routing/queue-order';
import type { EventBus } from '../../events/bus';
import { isUniqueViolation } from '../../db/sql-results';
import { queuesRepository } from '../../db/repositories/queues.repository';
import { queueOpenState } from '../../domain/routing/queue-status';
import type { CallMove } from '@shared/schemas/transfer';
import type { CallMoveService } from './call-move.service';

export interface RoutingDeps {
  db: Db;
  bus: EventBus;
  offerTimeoutMs: number;
  /** Warm transfers of phone calls start their consultation on the PBX when offered. */
  callMoves?: CallMoveService;
  now?: () => Date;
}

/**
 * Offers waiting contacts to the best eligible agent (skills, presence, free capacity on the
 * channel, longest idle). Every decision is taken inside a transaction that holds the contact's
 * row, and an offer holds a seat of the agent's capacity until it is decided.
 */
export function createRoutingService(deps: RoutingDeps) {
  const now = deps.now ?? (() => new Date());

  /**
   * Offers one contact (already locked by the caller) to the best agent for its queue, or only
   * to `onlyAgentId`, and says what was decided.
   */
  async function decideAndOffer(
    uow: UnitOfWork,
    input: {
      contactId: string;
      channel: string;
      queueId: string | null;
      declinedBy: string[];
      transferId: string | null;
      exclude: string[];
      onlyAgentId?: string;
      /** Owner first: offered to this agent alone until `preferredUntil`, then to the queue. */
      preferredAgentId?: string | null;
      preferredUntil?: Date | null;
    },
  ): Promise<RoutingDecision & { callMove?: CallMove }> {
    const queue = input.queueId ? await queuesRepository.findById(uow.tx, input.queueId) : null;
    const candidates: RoutingCandidate[] = (await loadCandidates(uow.tx))
      .filter((c) => !input.exclude.includes(c.id) && (!input.onlyAgentId || c.id === input.onlyAgentId))
      .map((c) => ({
        id: c.id,
        skills: c.skills,
        presence: c.presence as RoutingCandidate['presence'],
        capacity: c.capacity,
        load: c.load,
        idleSince: c.presenceChangedAt,
        onVoiceCall: c.onVoiceCall,
        keepsChatsDuringCall: c.keepsChatsDuringCall,
      }));
    const decision = chooseAgent(
      {
        channel: input.channel as RoutedChannel,
        requiredSkills: input.onlyAgentId ? [] : (queue?.requiredSkills ?? []),
        preferredAgentId: input.onlyAgentId ? null : (input.preferredAgentId ?? null),
        preferredUntil: input.onlyAgentId ? null : (input.preferredUntil ?? null),
        declinedBy: input.declinedBy,
      },
      candidates,
      now(),
    );
    if (decision.kind !== 'offer') return decision;
    const offer = await offersRepository.insert(uow.tx, {
      contactId: input.contactId,
      agentId: decision.agentId,
      transferId: input.transferId,
      expiresAt: offerExpiresAt(now(), deps.offerTimeoutMs),
    });
    uow.afterCommit(() => deps.bus.emit('offer.created', { offerId: offer.id, agentId: decision.agentId }));
    const transfer =
      input.transferId && deps.callMoves ? await transfersRepository.findById(uow.tx, input.transferId) : null;
    if (transfer && deps.callMoves) {
      const callMove = await deps.callMoves.onTransferOffered(uow, {
        transfer,
        contactId: input.contactId,
        receiverId: decision.agentId,
      });
      return { ...decision, callMove };
    }
    return decision;
  }

  /** The same, returning the agent offered, or null when nobody can take it now. */
  async function offerContact(uow: UnitOfWork, input: Parameters<typeof decideAndOffer>[1]): Promise<string | null> {
    const decision = await decideAndOffer(uow, input);
    return decision.kind === 'offer' ? decision.agentId : null;
  }

  /** Queues outside their business hours now: their contacts wait for the opening. */
  async function closedQueues(): Promise<string[]> {
    const at = now();
    return (await queuesRepository.list(deps.db)).filter((q) => !queueOpenState(q, at).open).map((q) => q.id);
  }

  /** A transfer's offer: the agent offered (or null), and what happens to the call's voice if any. */
  async function offerTransfer(
    uow: UnitOfWork,
    input: Parameters<typeof decideAndOffer>[1],
  ): Promise<{ agentId: string | null; callMove: CallMove | undefined }> {
    const decision = await decideAndOffer(uow, input);
    return decision.kind === 'offer'
      ? { agentId: decision.agentId, callMove: decision.callMove }
      : { agentId: null, callMove: undefined };
  }

  return {
    offerContact,
    offerTransfer,

    /** One pass over the waiting contacts, most urgent first (priority, then ageing). */
    async routeWaiting(limit = 50): Promise<number> {
      // The pass runs every second: when no agent has a free seat anywhere, there is nothing to try.
      const seats = await loadCandidates(deps.db);
      if (!seats.some((c) => (['voice', 'chat', 'email'] as const).some((ch) => c.load[ch] < c.capacity[ch]))) return 0;
      const closedQueueIds = await closedQueues();
      const waiting = orderWaitingContacts(
        (await waitingContactIds(deps.db, limit, now(), closedQueueIds)).map((w) => ({
          ...w,
          contactPriority: w.priority,
          waitingSince: w.queuedAt,
        })),
        now(),
      );
      let offered = 0;
      // Once nobody could take a contact of a queue, the next ones of that queue and channel (with
      // no preferred agent) would find nobody either, in this pass: skip their transactions.
      const nobodyFor = new Set<string>();
      for (const w of waiting) {
        const key = `${w.queueId}|${w.channel}`;
        if (!w.preferredAgentId && nobodyFor.has(key)) continue;
        const done = await inTransaction(deps.db, async (uow) => {
          // Another process may be routing it: skip it rather than wait.
          const contact = await lockContact(uow.tx, w.id, { skipLocked: true });
          if (contact?.state !== 'queued') return false;
          // A contact transferred cold to a queue keeps its context packet until someone takes it.
          const transfer = await transfersRepository.pendingFor(uow.tx, contact.id);
          const decision = await decideAndOffer(uow, {
            contactId: contact.id,
            channel: contact.channel,
            queueId: contact.queueId,
            declinedBy: contact.declinedBy,
            transferId: transfer?.id ?? null,
            exclude: transfer ? [transfer.fromAgentId] : [],
            preferredAgentId: contact.preferredAgentId,
            preferredUntil: contact.preferredUntil,
          });
          if (decision.kind === 'none' && !transfer) nobodyFor.add(key);
          const agentId = decision.kind === 'offer' ? decision.agentId : null;
          if (agentId) {
            await transitionContact(uow.tx, contact.id, 'offered', { offeredAt: now() });
            const queueId = contact.queueId;
            if (queueId) uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queueId] }));
          }
          return agentId !== null;
        }).catch((error: unknown) => {
          // Two offers for one contact are refused by the database: another process won.
          if (isUniqueViolation(error)) return false;
          throw error;
        });
        if (done) offered += 1;
      }
      // Warm transfers to a queue that found nobody yet: the sender still holds the contact.
      for (const contactId of await transfersRepository.warmWithoutOffer(deps.db, limit)) {
        const done = await inTransaction(deps.db, async (uow) => {
          const contact = await lockContact(uow.tx, contactId, { skipLocked: true });
          const transfer = contact ? await transfersRepository.pendingFor(uow.tx, contactId) : null;
          if (!contact || !transfer || contact.state !== 'active') return false;
          if (transfer.toQueueId && closedQueueIds.includes(transfer.toQueueId)) return false;
          const agentId = await offerContact(uow, {
            contactId,
            channel: contact.channel,
            queueId: transfer.toQueueId,
            declinedBy: contact.declinedBy,
            transferId: transfer.id,
            exclude: [transfer.fromAgentId],
          });
          return agentId !== null;
        }).catch((error: unknown) => {
          if (isUniqueViolation(error)) return false;
          throw error;
        });
        if (done) offered += 1;
      }
      return offered;
    },
  };
}

export type RoutingService = ReturnType<typeof createRoutingService>;
