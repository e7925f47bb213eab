import { Router } from 'express';
import type { HealthService } from '../../services/health.service';

export function healthRoutes(deps: { health: HealthService }): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const body = await deps.health.check();
    res.status(body.status === 'ok' ? 200 : 503).json(body);
  });
  return router;
}
