import { Router } from 'express';
import type { AgentService } from '../../services/agent.service';
import { requireRole } from '../middleware/auth';

/** The roster with presence: for supervisors and admins only. */
export function agentsRoutes(deps: { agents: AgentService }): Router {
  const router = Router();
  router.get('/agents', requireRole('supervisor', 'admin'), async (_req, res) => {
    res.json({ items: await deps.agents.list() });
  });
  return router;
}
