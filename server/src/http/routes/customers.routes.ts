import { Router } from 'express';
import { api } from '@shared/contract';
import type { CustomerCardService } from '../../services/customer-card.service';
import type { CustomerCreateService } from '../../services/customer-create.service';
import type { CustomerSearchService } from '../../services/customer-search.service';
import type { TimelineService } from '../../services/timeline.service';
import { mountRoute } from '../contract-route';
import { ALL_ROLES, DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';

export function customersRoutes(deps: {
  search: CustomerSearchService;
  cards: CustomerCardService;
  timeline: TimelineService;
  customerCreate: CustomerCreateService;
}): Router {
  const router = Router();
  const everyone = [requireRole(...ALL_ROLES)];
  // Admins run the system; customers and notes on them come from the people who serve them.
  const desk = [requireRole(...DESK_ROLES)];

  mountRoute(router, api.customers.search, everyone, async ({ query }) => ({
    items: await deps.search.search(query.q, query.limit),
  }));
  mountRoute(router, api.customers.create, desk, async ({ body, req }) => ({
    customer: await deps.customerCreate.create(sessionOf(req).agent, body),
  }));

  mountRoute(router, api.customers.recentContacts, everyone, async ({ params, query }) => ({
    items: await deps.cards.recentContacts(params.id, query.limit ?? 10),
  }));

  mountRoute(router, api.customers.get, everyone, async ({ params }) => ({
    customer: await deps.cards.get(params.id),
  }));

  mountRoute(router, api.timeline.page, everyone, async ({ params, query }) => deps.timeline.page(params.id, query));
  mountRoute(router, api.timeline.appendNote, desk, async ({ params, body, req }) => ({
    event: await deps.timeline.appendNote(sessionOf(req).agent, params.id, body.body, body.caseId),
  }));

  return router;
}
