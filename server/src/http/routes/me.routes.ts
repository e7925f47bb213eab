import { Router } from 'express';
import { api } from '@shared/contract';
import type { AgentService } from '../../services/agent.service';
import { mountRoute } from '../contract-route';
import { ALL_ROLES, requireRole, sessionOf } from '../middleware/auth';

export function meRoutes(deps: { agents: AgentService }): Router {
  const router = Router();
  const everyone = [requireRole(...ALL_ROLES)];

  mountRoute(router, api.me.get, everyone, async ({ req }) => ({
    agent: await deps.agents.get(sessionOf(req).agent.id),
  }));
  mountRoute(router, api.me.update, everyone, async ({ body, req }) => ({
    agent: await deps.agents.setLocale(sessionOf(req).agent.id, body.locale),
  }));
  mountRoute(router, api.me.setPresence, everyone, async ({ body, req }) => ({
    agent: await deps.agents.setPresence(sessionOf(req).agent.id, body.presence),
  }));

  return router;
}
