import type { Agent } from '@shared/schemas/agent';
import type { Offer, OfferAccepted } from '@shared/schemas/transfer';
import { AppError, notFound } from '../../errors';
import type { Db } from '../../db/store';
import { agentSeatsRepository } from '../../db/repositories/agent-seats.repository';
import { casesRepository } from '../../db/repositories/cases.repository';
import { changeContact, lockContact, transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import type { ContactRow } from '../../db/repositories/contacts.repository';
import { offersRepository, type OfferRow } from '../../db/repositories/offers.repository';
import { agentHoldsOtherContact, loadCandidates } from '../../db/repositories/routing.repository';
import { transfersRepository } from '../../db/repositories/transfers.repository';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import { canTransition } from '../../domain/contacts/contact-lifecycle';
import { afterMissedOffer } from '../../domain/routing/offer-rules';
import { capacityChannelOf, type RoutedChannel } from '../../domain/routing/routing-choice';
import type { EventBus } from '../../events/bus';
import { changePresence } from '../presence-change';
import type { TimelineService } from '../timeline.service';
import type { CallMoveService } from './call-move.service';

export interface OfferDecisionDeps {
  db: Db;
  bus: EventBus;
  timeline: TimelineService;
  maxMisses: number;
  /** Transferred phone calls: what the PBX must do once the receiver decides. */
  callMoves?: CallMoveService;
  now?: () => Date;
}

/**
 * Accept, decline, expire. Each decision locks the offer, its contact and the agent, so a contact is
 * never active with two agents and an agent never goes past their capacity, whatever races.
 */
export function createOfferDecisionService(deps: OfferDecisionDeps) {
  const now = deps.now ?? (() => new Date());

  /**
   * The offer with its contact, locked in the one order every path follows: the contact, then the
   * offer (then, for an accept, the agent). The offer is first read without a lock to learn its contact.
   */
  async function lockOffer(
    uow: UnitOfWork,
    offerId: string,
    agentId: string | null,
  ): Promise<{ offer: OfferRow; contact: ContactRow | null }> {
    const seen = await offersRepository.find(uow.tx, offerId);
    if (!seen || (agentId && seen.agentId !== agentId)) throw notFound('offer_not_found');
    const contact = await lockContact(uow.tx, seen.contactId);
    const offer = await offersRepository.findForUpdate(uow.tx, offerId);
    if (!offer) throw notFound('offer_not_found');
    return { offer, contact };
  }

  async function lockedPending(
    uow: UnitOfWork,
    offerId: string,
    agentId: string,
  ): Promise<{ offer: OfferRow; contact: ContactRow | null }> {
    const locked = await lockOffer(uow, offerId, agentId);
    if (locked.offer.state !== 'pending')
      throw new AppError('offer_already_decided', `this offer was already ${locked.offer.state}`);
    return locked;
  }

  const closed = (uow: UnitOfWork, offer: OfferRow, state: 'accepted' | 'declined' | 'expired') =>
    uow.afterCommit(() => deps.bus.emit('offer.closed', { offerId: offer.id, agentId: offer.agentId, state }));

  /** Not taken: cold contacts go back to their queue (keeping their place); warm ones to their sender. */
  async function giveBack(
    uow: UnitOfWork,
    offer: OfferRow,
    by: { id: string; name: string },
    reason: string | null,
  ): Promise<void> {
    const contact = await lockContact(uow.tx, offer.contactId);
    if (!contact) return;
    const declinedBy = [...new Set([...contact.declinedBy, offer.agentId])];
    // Back in the queue when it was waiting for this agent; a warm transfer stays with its sender.
    if (contact.state === 'offered') await transitionContact(uow.tx, contact.id, 'queued', { declinedBy });
    else await changeContact(uow.tx, contact.id, { declinedBy });
    const queueId = contact.queueId;
    if (contact.state === 'offered' && queueId)
      uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queueId] }));
    const transfer = offer.transferId ? await transfersRepository.findById(uow.tx, offer.transferId) : null;
    if (transfer && transfer.mode === 'warm') {
      await transfersRepository.decide(uow.tx, transfer.id, 'declined', by.id, reason);
      // On the phone, the consultation with the receiver ends and the sender has the caller back.
      const callMove =
        (await deps.callMoves?.onTransferDeclined(uow, {
          transfer,
          contactId: contact.id,
          receiverId: offer.agentId,
        })) ?? null;
      uow.afterCommit(() =>
        deps.bus.emit('transfer.decided', {
          transferId: transfer.id,
          contactId: contact.id,
          senderId: transfer.fromAgentId,
          state: 'declined',
          by,
          declineReason: reason,
          ...(callMove ? { callMove } : {}),
        }),
      );
    }
  }

  return {
    async mine(agentId: string): Promise<Offer[]> {
      return offersRepository.views(deps.db, { agentId });
    },

    async view(offerId: string): Promise<Offer | null> {
      return (await offersRepository.views(deps.db, { offerId }))[0] ?? null;
    },

    async accept(actor: Agent, offerId: string): Promise<OfferAccepted> {
      return inTransaction(deps.db, async (uow) => {
        const { offer, contact } = await lockedPending(uow, offerId, actor.id);
        if (offer.expiresAt.getTime() <= now().getTime()) throw new AppError('offer_expired', 'this offer has expired');
        if (!contact) throw notFound('contact_not_found');
        // The agent's row serialises everything that gives them a seat: capacity is checked with nothing moving.
        await agentSeatsRepository.lock(uow.tx, actor.id);
        const [me] = await loadCandidates(uow.tx, actor.id);
        const channel = capacityChannelOf(contact.channel as RoutedChannel);
        // This offer already holds one seat of the load.
        if (!me || me.load[channel] > me.capacity[channel])
          throw new AppError('agent_at_capacity', 'you are at capacity on this channel');
        const sender = contact.agentId;
        // The customer may have gone while the offer rang (a call hung up after a cold transfer): the
        // offer and its transfer are still decided (the PBX is told, and says the call has ended), but
        // an ended contact is not reopened and the agent is not made busy with a call that is over.
        const live = canTransition(contact.state, 'active');
        if (live)
          await transitionContact(uow.tx, contact.id, 'active', {
            agentId: actor.id,
            answeredAt: contact.answeredAt ?? now(),
            declinedBy: [],
            updatedAt: now(),
          });
        await offersRepository.decide(uow.tx, offer.id, 'accepted', null);
        await agentSeatsRepository.resetMisses(uow.tx, actor.id);
        if (channel === 'voice' && live) await changePresence(uow, deps.bus, actor.id, 'busy');
        closed(uow, offer, 'accepted');
        const assigned = {
          contactId: contact.id,
          agentId: actor.id,
          agentName: actor.displayName,
          channel: contact.channel,
          customerId: contact.customerId,
        };
        uow.afterCommit(() => deps.bus.emit('contact.assigned', assigned));
        const queueId = contact.queueId;
        if (queueId) uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queueId] }));

        const transfer = offer.transferId ? await transfersRepository.findById(uow.tx, offer.transferId) : null;
        let callMove: OfferAccepted['callMove'] = null;
        if (transfer) {
          await transfersRepository.decide(uow.tx, transfer.id, 'accepted', actor.id, null);
          // The voice follows: the PBX is asked to move the caller to the receiver, in this same transaction.
          callMove =
            (await deps.callMoves?.onTransferAccepted(uow, {
              transfer,
              contactId: contact.id,
              receiverId: actor.id,
            })) ?? null;
          if (sender && sender !== actor.id && !(await agentHoldsOtherContact(uow.tx, sender, contact.id))) {
            await changePresence(uow, deps.bus, sender, 'available');
          }
          // Ownership moves explicitly, and the case counts its hops.
          if (contact.caseId) await casesRepository.transferredTo(uow.tx, contact.caseId, actor.id, now());
          if (contact.customerId) {
            await deps.timeline.append(uow, {
              customerId: contact.customerId,
              channel: 'system',
              type: 'case.transferred',
              body: transfer.summary,
              contactId: contact.id,
              caseId: contact.caseId,
              actorKind: 'agent',
              actorId: transfer.fromAgentId,
              actorName: transfer.fromAgentName,
              payload: {
                fromName: transfer.fromAgentName,
                toName: actor.displayName,
                reason: transfer.reason,
                mode: transfer.mode,
                identity: transfer.identity,
                tried: transfer.tried,
              },
            });
          }
          uow.afterCommit(() =>
            deps.bus.emit('transfer.decided', {
              transferId: transfer.id,
              contactId: contact.id,
              senderId: transfer.fromAgentId,
              state: 'accepted',
              by: { id: actor.id, name: actor.displayName },
              declineReason: null,
              ...(callMove ? { callMove } : {}),
            }),
          );
        }
        return { contactId: contact.id, callMove };
      });
    },

    async decline(actor: Agent, offerId: string, reason: string | null): Promise<void> {
      await inTransaction(deps.db, async (uow) => {
        const { offer } = await lockedPending(uow, offerId, actor.id);
        await offersRepository.decide(uow.tx, offer.id, 'declined', reason);
        await giveBack(uow, offer, { id: actor.id, name: actor.displayName }, reason);
        closed(uow, offer, 'declined');
      });
    },

    /** Offers nobody answered in time count as declined; too many in a row and the agent is set away. */
    async expireDue(): Promise<number> {
      const ids = await offersRepository.expiredPendingIds(deps.db, now(), 100);
      let expired = 0;
      for (const id of ids) {
        await inTransaction(deps.db, async (uow) => {
          const locked = await lockOffer(uow, id, null).catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'not_found') return null;
            throw error;
          });
          const offer = locked?.offer;
          if (offer?.state !== 'pending') return;
          await offersRepository.decide(uow.tx, offer.id, 'expired', null);
          const agent = await agentSeatsRepository.countMiss(uow.tx, offer.agentId);
          if (
            agent &&
            afterMissedOffer(agent.consecutiveMisses, deps.maxMisses).setAway &&
            agent.presence === 'available'
          ) {
            await changePresence(uow, deps.bus, agent.id, 'away');
          }
          await giveBack(uow, offer, { id: offer.agentId, name: agent?.displayName ?? '' }, 'no answer');
          closed(uow, offer, 'expired');
          expired += 1;
        });
      }
      return expired;
    },
  };
}

export type OfferDecisionService = ReturnType<typeof createOfferDecisionService>;
