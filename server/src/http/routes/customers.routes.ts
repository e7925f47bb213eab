import { Router } from 'express';
import { idParamsSchema } from '@shared/schemas/common';
import { customerSearchQuerySchema } from '@shared/schemas/customer';
import { appendNoteRequestSchema, timelineQuerySchema } from '@shared/schemas/timeline';
import type { CustomerCardService } from '../../services/customer-card.service';
import type { CustomerSearchService } from '../../services/customer-search.service';
import type { TimelineService } from '../../services/timeline.service';
import { ALL_ROLES, DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

export function customersRoutes(deps: {
  search: CustomerSearchService;
  cards: CustomerCardService;
  timeline: TimelineService;
}): Router {
  const router = Router();

  router.get('/customers', requireRole(...ALL_ROLES), async (req, res) => {
    const query = parseInput(customerSearchQuerySchema, req.query, 'query');
    res.json({ items: await deps.search.search(query.q, query.limit) });
  });

  router.get('/customers/:id', requireRole(...ALL_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    res.json({ customer: await deps.cards.get(id) });
  });

  router.get('/customers/:id/timeline', requireRole(...ALL_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const query = parseInput(timelineQuerySchema, req.query, 'query');
    res.json(await deps.timeline.page(id, query));
  });

  // Admins run the system; notes on a customer come from the people who serve them.
  router.post('/customers/:id/timeline', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(appendNoteRequestSchema, req.body, 'body');
    const event = await deps.timeline.appendNote(sessionOf(req).agent, id, input.body, input.caseId);
    res.status(201).json({ event });
  });

  return router;
}
