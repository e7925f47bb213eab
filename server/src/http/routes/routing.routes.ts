import { Router } from 'express';
import { idParamsSchema } from '@shared/schemas/common';
import { declineOfferRequestSchema, transferRequestSchema } from '@shared/schemas/transfer';
import type { OfferDecisionService } from '../../services/routing/offer-decisions.service';
import type { TransferService } from '../../services/routing/transfer.service';
import type { ContactQueueService } from '../../services/routing/contact-queue.service';
import { DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

export function routingRoutes(deps: { offers: OfferDecisionService; transfers: TransferService; contactQueue: ContactQueueService }): Router {
  const router = Router();

  router.get('/directory', requireRole(...DESK_ROLES), async (_req, res) => {
    res.json(await deps.transfers.directory());
  });

  router.get('/offers/mine', requireRole(...DESK_ROLES), async (req, res) => {
    res.json({ items: await deps.offers.mine(sessionOf(req).agent.id) });
  });

  router.post('/offers/:id/accept', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    res.json(await deps.offers.accept(sessionOf(req).agent, id));
  });

  router.post('/offers/:id/decline', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(declineOfferRequestSchema, req.body ?? {}, 'body');
    await deps.offers.decline(sessionOf(req).agent, id, input.reason ?? null);
    res.status(204).end();
  });

  router.get('/queues/depths', requireRole(...DESK_ROLES, 'admin'), async (_req, res) => {
    res.json({ items: await deps.contactQueue.depths() });
  });

  router.get('/transfers/sent', requireRole(...DESK_ROLES), async (req, res) => {
    res.json({ items: await deps.transfers.sentBy(sessionOf(req).agent.id) });
  });

  router.post('/contacts/:id/transfers', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(transferRequestSchema, req.body, 'body');
    res.status(201).json(await deps.transfers.create(sessionOf(req).agent, id, input));
  });

  return router;
}
