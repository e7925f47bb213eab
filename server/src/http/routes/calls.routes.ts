import { Router } from 'express';
import { idParamsSchema } from '@shared/schemas/common';
import { handleMissedRequestSchema, linkCallRequestSchema, wrapUpRequestSchema } from '@shared/schemas/call';
import type { CallDeskService } from '../../services/calls/call-desk.service';
import { ALL_ROLES, DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

export function callsRoutes(deps: { callDesk: CallDeskService }): Router {
  const router = Router();

  // Reads are open to every role: an admin's desk shows the same panels (usually empty).
  router.get('/calls/mine', requireRole(...ALL_ROLES), async (req, res) => {
    res.json({ items: await deps.callDesk.mine(sessionOf(req).agent.id) });
  });

  router.get('/calls/missed', requireRole(...ALL_ROLES), async (_req, res) => {
    res.json({ items: await deps.callDesk.missed() });
  });

  router.get('/dispositions', requireRole(...ALL_ROLES), async (_req, res) => {
    res.json({ items: await deps.callDesk.dispositions() });
  });

  router.post('/calls/:id/wrap-up', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(wrapUpRequestSchema, req.body, 'body');
    res.json({ call: await deps.callDesk.wrapUp(sessionOf(req).agent, id, input) });
  });

  router.post('/calls/:id/link', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(linkCallRequestSchema, req.body, 'body');
    res.json({ call: await deps.callDesk.link(sessionOf(req).agent, id, input.customerId) });
  });

  router.post('/calls/:id/handle-missed', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(handleMissedRequestSchema, req.body ?? {}, 'body');
    res.json({ call: await deps.callDesk.handleMissed(sessionOf(req).agent, id, input.note) });
  });

  return router;
}
