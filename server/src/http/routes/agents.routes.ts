import { Router } from 'express';
import { api } from '@shared/contract';
import type { AgentService } from '../../services/agent.service';
import { mountRoute } from '../contract-route';
import { requireRole } from '../middleware/auth';

/** The roster with presence: for supervisors and admins only. */
export function agentsRoutes(deps: { agents: AgentService }): Router {
  const router = Router();
  mountRoute(router, api.agents.list, [requireRole('supervisor', 'admin')], async () => ({
    items: await deps.agents.list(),
  }));
  return router;
}
