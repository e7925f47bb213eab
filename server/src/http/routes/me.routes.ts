import { Router } from 'express';
import { setPresenceRequestSchema, updateMeRequestSchema } from '@shared/schemas/agent';
import type { AgentService } from '../../services/agent.service';
import { ALL_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

export function meRoutes(deps: { agents: AgentService }): Router {
  const router = Router();

  router.get('/me', requireRole(...ALL_ROLES), async (req, res) => {
    res.json({ agent: await deps.agents.get(sessionOf(req).agent.id) });
  });

  router.patch('/me', requireRole(...ALL_ROLES), async (req, res) => {
    const input = parseInput(updateMeRequestSchema, req.body, 'body');
    res.json({ agent: await deps.agents.setLocale(sessionOf(req).agent.id, input.locale) });
  });

  router.put('/me/presence', requireRole(...ALL_ROLES), async (req, res) => {
    const input = parseInput(setPresenceRequestSchema, req.body, 'body');
    res.json({ agent: await deps.agents.setPresence(sessionOf(req).agent.id, input.presence) });
  });

  return router;
}
