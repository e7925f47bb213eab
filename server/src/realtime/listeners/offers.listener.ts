import { ROOMS } from '@shared/events/socket-events';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../log/logger';
import type { OfferDecisionService } from '../../services/routing/offer-decisions.service';
import type { DeskServer } from '../socket-types';

/** Offers reach the offered agent with what they must know; transfer senders hear the answer. */
export function forwardOffers(bus: EventBus, io: DeskServer, deps: { offers: OfferDecisionService; logger: Logger }): () => void {
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
  return () => {
    offCreated();
    offClosed();
    offDecided();
  };
}
