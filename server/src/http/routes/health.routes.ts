import { Router } from 'express';
import type { HealthResponse } from '@shared/schemas/health';
import { pingStore, type Store } from '../../db/store';

export function healthRoutes(deps: { store: Store; version: string; startedAt: number }): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const storeUp = await pingStore(deps.store);
    const body: HealthResponse = {
      status: storeUp ? 'ok' : 'degraded',
      store: deps.store.kind,
      version: deps.version,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
    };
    res.status(storeUp ? 200 : 503).json(body);
  });
  return router;
}
