import { Router } from 'express';
import { createCannedReplyRequestSchema, updateCannedReplyRequestSchema } from '@shared/schemas/admin-canned-replies';
import { idParamsSchema } from '@shared/schemas/common';
import type { CannedRepliesAdminService } from '../../services/canned-replies-admin.service';
import { requireRole } from '../middleware/auth';
import { parseInput } from '../../validation';

/** Admins write the chat's canned replies and retire them; supervisors may read them. */
export function adminCannedRepliesRoutes(deps: { cannedRepliesAdmin: CannedRepliesAdminService }): Router {
  const router = Router();
  const admin = requireRole('admin');
  const readers = requireRole('admin', 'supervisor');

  router.get('/admin/canned-replies', readers, async (_req, res) => {
    res.json({ items: await deps.cannedRepliesAdmin.list() });
  });
  router.post('/admin/canned-replies', admin, async (req, res) => {
    const input = parseInput(createCannedReplyRequestSchema, req.body, 'body');
    res.status(201).json({ reply: await deps.cannedRepliesAdmin.create(input) });
  });
  router.put('/admin/canned-replies/:id', admin, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(updateCannedReplyRequestSchema, req.body, 'body');
    res.json({ reply: await deps.cannedRepliesAdmin.update(id, input) });
  });
  router.delete('/admin/canned-replies/:id', admin, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    await deps.cannedRepliesAdmin.retire(id);
    res.status(204).end();
  });

  return router;
}
