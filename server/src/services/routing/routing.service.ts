import type { Db } from '../../db/store';
import { lockContact, transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import { offersRepository } from '../../db/repositories/offers.repository';
import { transfersRepository } from '../../db/repositories/transfers.repository';
import {
  loadCandidates,
  waitingContactIds,
  type WaitingContactRow,
  type WaitingCursor,
} from '../../db/repositories/routing.repository';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import {
  capacityChannelOf,
  chooseAgent,
  isEligible,
  type RoutedChannel,
  type RoutingDecision,
} from '../../domain/routing/routing-choice';
import { CandidatePool, toCandidate } from '../../domain/routing/candidate-pool';
import { agentSeatsRepository } from '../../db/repositories/agent-seats.repository';
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
    /** A routing pass's view of the agents, shared by its contacts; without it, read now. */
    pool?: CandidatePool,
  ): Promise<RoutingDecision & { callMove?: CallMove }> {
    const queue = input.queueId ? await queuesRepository.findById(uow.tx, input.queueId) : null;
    const request = {
      channel: input.channel as RoutedChannel,
      requiredSkills: input.onlyAgentId ? [] : (queue?.requiredSkills ?? []),
      preferredAgentId: input.onlyAgentId ? null : (input.preferredAgentId ?? null),
      preferredUntil: input.onlyAgentId ? null : (input.preferredUntil ?? null),
      declinedBy: input.declinedBy,
    };
    let candidates = (pool ? pool.candidates() : (await loadCandidates(uow.tx)).map(toCandidate)).filter(
      (c) => !input.exclude.includes(c.id) && (!input.onlyAgentId || c.id === input.onlyAgentId),
    );
    // The choice above is made on loads read without locks. The chosen agent's row is then locked
    // and their seats counted again: every transaction that creates or accepts an offer for them
    // holds that lock, so what is counted now cannot change before this one commits. A routing pass
    // does not wait for an agent another transaction holds (it tries the next); a transfer does.
    let decision: RoutingDecision;
    for (;;) {
      decision = chooseAgent(request, candidates, now());
      if (decision.kind !== 'offer') return decision;
      const agentId = decision.agentId;
      const locked = await agentSeatsRepository.lock(uow.tx, agentId, { skipLocked: pool !== undefined });
      const [row] = locked ? await loadCandidates(uow.tx, agentId) : [];
      const fresh = row ? toCandidate(row) : null;
      if (fresh) pool?.update(fresh);
      if (fresh && isEligible(request, fresh)) break;
      candidates = candidates.filter((c) => c.id !== agentId);
    }
    const offer = await offersRepository.insert(uow.tx, {
      contactId: input.contactId,
      agentId: decision.agentId,
      transferId: input.transferId,
      expiresAt: offerExpiresAt(now(), deps.offerTimeoutMs),
    });
    pool?.seatTaken(decision.agentId, capacityChannelOf(request.channel));
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

  /** Offers each of these waiting contacts in its own transaction; how many were offered. */
  async function offerBatch(waiting: readonly WaitingContactRow[], pool: CandidatePool): Promise<number> {
    let offered = 0;
    // Once nobody could take a contact of a queue, the next ones of that queue and channel (with
    // no preferred agent) would find nobody either, in this pass: skip their transactions.
    const nobodyFor = new Set<string>();
    for (const w of waiting) {
      const key = `${w.queueId}|${w.channel}`;
      if (!w.preferredAgentId && nobodyFor.has(key)) continue;
      if (!pool.hasFreeSeat()) break;
      const done = await inTransaction(deps.db, async (uow) => {
        // Another process may be routing it: skip it rather than wait.
        const contact = await lockContact(uow.tx, w.id, { skipLocked: true });
        if (contact?.state !== 'queued') return false;
        // A contact transferred cold to a queue keeps its context packet until someone takes it.
        const transfer = await transfersRepository.pendingFor(uow.tx, contact.id);
        const decision = await decideAndOffer(
          uow,
          {
            contactId: contact.id,
            channel: contact.channel,
            queueId: contact.queueId,
            declinedBy: contact.declinedBy,
            transferId: transfer?.id ?? null,
            exclude: transfer ? [transfer.fromAgentId] : [],
            preferredAgentId: contact.preferredAgentId,
            preferredUntil: contact.preferredUntil,
          },
          pool,
        );
        if (decision.kind === 'none' && !transfer) nobodyFor.add(key);
        if (decision.kind !== 'offer') return false;
        await transitionContact(uow.tx, contact.id, 'offered', { offeredAt: now() });
        const queueId = contact.queueId;
        if (queueId) uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queueId] }));
        return true;
      }).catch((error: unknown) => {
        // Two offers for one contact are refused by the database: another process won.
        if (isUniqueViolation(error)) return false;
        throw error;
      });
      if (done) offered += 1;
    }
    return offered;
  }

  return {
    offerContact,
    offerTransfer,

    /**
     * One pass over the waiting contacts, most urgent first (priority, then ageing), in batches of
     * `batch` until every free seat is offered or nobody waiting can be placed. The agents are read
     * once per batch; each offer then locks its contact and its agent and checks the seat again.
     */
    async routeWaiting(batch = 200): Promise<number> {
      const closedQueueIds = await closedQueues();
      let offered = 0;
      // Walks the whole queue once, oldest first, a batch at a time: contacts nobody can take now
      // (a skill nobody free has) never hide the ones behind them.
      let after: WaitingCursor | null = null;
      for (;;) {
        // The pass runs every second: when no agent has a free seat anywhere, there is nothing to try.
        const pool = new CandidatePool((await loadCandidates(deps.db)).map(toCandidate));
        if (!pool.hasFreeSeat()) break;
        const rows = await waitingContactIds(deps.db, batch, now(), closedQueueIds, after);
        const waiting = orderWaitingContacts(
          rows.map((w) => ({ ...w, contactPriority: w.priority, waitingSince: w.queuedAt })),
          now(),
        );
        offered += await offerBatch(waiting, pool);
        const last = rows.at(-1);
        if (!last || rows.length < batch) break;
        after = { createdAt: last.createdAt, id: last.id };
      }
      // Warm transfers to a queue that found nobody yet: the sender still holds the contact.
      for (const contactId of await transfersRepository.warmWithoutOffer(deps.db, batch)) {
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
