import { Router } from 'express';
import { idParamsSchema } from '@shared/schemas/common';
import { createCustomerRequestSchema, customerSearchQuerySchema } from '@shared/schemas/customer';
import { z } from 'zod';
import type { CustomerCreateService } from '../../services/customer-create.service';
import { appendNoteRequestSchema, timelineQuerySchema } from '@shared/schemas/timeline';
import type { CustomerCardService } from '../../services/customer-card.service';
import type { CustomerSearchService } from '../../services/customer-search.service';
import type { TimelineService } from '../../services/timeline.service';
import { ALL_ROLES, DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

const recentContactsQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).optional() });

export function customersRoutes(deps: {
  search: CustomerSearchService;
  cards: CustomerCardService;
  timeline: TimelineService;
  customerCreate: CustomerCreateService;
}): Router {
  const router = Router();

  router.get('/customers', requireRole(...ALL_ROLES), async (req, res) => {
    const query = parseInput(customerSearchQuerySchema, req.query, 'query');
    res.json({ items: await deps.search.search(query.q, query.limit) });
  });

  router.post('/customers', requireRole(...DESK_ROLES), async (req, res) => {
    const input = parseInput(createCustomerRequestSchema, req.body, 'body');
    res.status(201).json({ customer: await deps.customerCreate.create(sessionOf(req).agent, input) });
  });

  router.get('/customers/:id/contacts', requireRole(...ALL_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const { limit } = parseInput(recentContactsQuerySchema, req.query, 'query');
    res.json({ items: await deps.cards.recentContacts(id, limit ?? 10) });
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
