import { Router } from 'express';
import { api } from '@shared/contract';
import type { ContactQueueService } from '../../services/routing/contact-queue.service';
import type { OfferDecisionService } from '../../services/routing/offer-decisions.service';
import type { TransferService } from '../../services/routing/transfer.service';
import { mountRoute } from '../contract-route';
import { DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';

const routes = api.routing;

export function routingRoutes(deps: {
  offers: OfferDecisionService;
  transfers: TransferService;
  contactQueue: ContactQueueService;
}): Router {
  const router = Router();
  const desk = [requireRole(...DESK_ROLES)];

  mountRoute(router, routes.directory, desk, async () => deps.transfers.directory());
  mountRoute(router, routes.myOffers, desk, async ({ req }) => ({
    items: await deps.offers.mine(sessionOf(req).agent.id),
  }));
  mountRoute(router, routes.acceptOffer, desk, async ({ params, req }) =>
    deps.offers.accept(sessionOf(req).agent, params.id),
  );
  mountRoute(router, routes.declineOffer, desk, async ({ params, body, req }) => {
    await deps.offers.decline(sessionOf(req).agent, params.id, body.reason ?? null);
  });
  mountRoute(router, routes.queueDepths, [requireRole(...DESK_ROLES, 'admin')], async () => ({
    items: await deps.contactQueue.depths(),
  }));
  mountRoute(router, routes.sentTransfers, desk, async ({ req }) => ({
    items: await deps.transfers.sentBy(sessionOf(req).agent.id),
  }));
  mountRoute(router, routes.transfer, desk, async ({ params, body, req }) =>
    deps.transfers.create(sessionOf(req).agent, params.id, body),
  );

  return router;
}
