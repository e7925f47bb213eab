import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../log/logger';
import type { OfferDecisionService } from '../../services/routing/offer-decisions.service';
import type { DeskServer } from '../socket-types';

/** Offers reach the offered agent with what they must know; transfer senders hear the answer, and both ends a PBX's refusal. */
export function forwardOffers(
  bus: EventBus,
  io: DeskServer,
  deps: { offers: OfferDecisionService; logger: Logger },
): () => void {
  const offCreated = bus.on('offer.created', ({ offerId, agentId }) => {
    deps.offers.view(offerId).then(
      (offer) => offer && io.to(ROOMS.agent(agentId)).emit('offer.created', offer),
      (err) => deps.logger.error({ err, offerId }, 'offer push failed'),
    );
  });
  const offClosed = bus.on('offer.closed', ({ offerId, agentId, state }) => {
    io.to(ROOMS.agent(agentId)).emit('offer.closed', { offerId, state });
  });
  const offDecided = bus.on('transfer.decided', ({ senderId, ...decided }) => {
    io.to(ROOMS.agent(senderId)).emit('transfer.decided', decided);
  });
  // Both ends of the transfer hear it: the sender may still have the caller, the receiver expects them.
  const offMoveFailed = bus.on('call.moveFailed', ({ agentIds, ...failed }) => {
    io.to([...new Set(agentIds)].map(ROOMS.agent)).emit('call.moveFailed', failed);
  });
  return () => {
    offCreated();
    offClosed();
    offDecided();
    offMoveFailed();
  };
}
