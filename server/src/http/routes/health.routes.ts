import { Router } from 'express';
import { api } from '@shared/contract';
import { pingStore, type Store } from '../../db/store';
import { mountRoute } from '../contract-route';

export function healthRoutes(deps: { store: Store; version: string; startedAt: number }): Router {
  const router = Router();
  mountRoute(router, api.health.get, [], async ({ status }) => {
    const storeUp = await pingStore(deps.store);
    if (!storeUp) status(503);
    return {
      status: storeUp ? ('ok' as const) : ('degraded' as const),
      store: deps.store.kind,
      version: deps.version,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
    };
  });
  return router;
}
