import { Router } from 'express';
import { api } from '@shared/contract';
import type { RoutingAdminService } from '../../services/routing-admin.service';
import { mountRoute } from '../contract-route';
import { requireRole } from '../middleware/auth';

const routes = api.adminRouting;

/** Admins edit queues and agents' skills and capacities; supervisors may read them. */
export function adminRoutingRoutes(deps: { routingAdmin: RoutingAdminService }): Router {
  const router = Router();
  const admin = requireRole('admin');
  const readers = requireRole('admin', 'supervisor');

  mountRoute(router, routes.listQueues, [readers], async () => ({ items: await deps.routingAdmin.listQueues() }));
  mountRoute(router, routes.createQueue, [admin], async ({ body }) => ({
    queue: await deps.routingAdmin.createQueue(body),
  }));
  mountRoute(router, routes.updateQueue, [admin], async ({ params, body }) => ({
    queue: await deps.routingAdmin.updateQueue(params.id, body),
  }));

  mountRoute(router, routes.listAgents, [readers], async () => ({ items: await deps.routingAdmin.listAgents() }));
  mountRoute(router, routes.updateAgentRouting, [admin], async ({ params, body }) => ({
    agent: await deps.routingAdmin.updateAgentRouting(params.id, body),
  }));

  return router;
}
