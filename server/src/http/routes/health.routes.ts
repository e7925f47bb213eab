import { Router } from 'express';
import { api } from '@shared/contract';
import type { HealthService } from '../../services/health.service';
import { mountRoute } from '../contract-route';

export function healthRoutes(deps: { health: HealthService }): Router {
  const router = Router();
  mountRoute(router, api.health.get, [], async ({ status }) => {
    const body = await deps.health.check();
    if (body.status !== 'ok') status(503);
    return body;
  });
  return router;
}
