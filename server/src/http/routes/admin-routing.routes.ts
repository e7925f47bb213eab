import { Router } from 'express';
import { createQueueRequestSchema, updateAgentRoutingRequestSchema, updateQueueRequestSchema } from '@shared/schemas/admin-routing';
import { idParamsSchema } from '@shared/schemas/common';
import type { RoutingAdminService } from '../../services/routing-admin.service';
import { requireRole } from '../middleware/auth';
import { parseInput } from '../../validation';

/** Admins edit queues and agents' skills and capacities; supervisors may read them. */
export function adminRoutingRoutes(deps: { routingAdmin: RoutingAdminService }): Router {
  const router = Router();
  const admin = requireRole('admin');
  const readers = requireRole('admin', 'supervisor');

  router.get('/admin/queues', readers, async (_req, res) => {
    res.json({ items: await deps.routingAdmin.listQueues() });
  });
  router.post('/admin/queues', admin, async (req, res) => {
    const input = parseInput(createQueueRequestSchema, req.body, 'body');
    res.status(201).json({ queue: await deps.routingAdmin.createQueue(input) });
  });
  router.put('/admin/queues/:id', admin, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(updateQueueRequestSchema, req.body, 'body');
    res.json({ queue: await deps.routingAdmin.updateQueue(id, input) });
  });

  router.get('/admin/agents', readers, async (_req, res) => {
    res.json({ items: await deps.routingAdmin.listAgents() });
  });
  router.put('/admin/agents/:id/routing', admin, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(updateAgentRoutingRequestSchema, req.body, 'body');
    res.json({ agent: await deps.routingAdmin.updateAgentRouting(id, input) });
  });

  return router;
}
