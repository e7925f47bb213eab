import { Router } from 'express';
import { z } from 'zod';
import { idParamsSchema } from '@shared/schemas/common';
import type { PbxService } from '../../services/pbx.service';
import { requireRole } from '../middleware/auth';
import { parseInput } from '../../validation';

const createPbxSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  signingSecret: z.string().min(16).max(200).optional(),
});

/** Admins manage the PBXs allowed to send CTI events. */
export function adminPbxRoutes(deps: { pbx: PbxService }): Router {
  const router = Router();
  router.get('/admin/pbx', requireRole('admin'), async (_req, res) => {
    res.json({ items: await deps.pbx.list() });
  });
  // The token is in this answer only: it is stored hashed.
  router.post('/admin/pbx', requireRole('admin'), async (req, res) => {
    const input = parseInput(createPbxSchema, req.body, 'body');
    res.status(201).json(await deps.pbx.create(input.name, input.signingSecret ?? null));
  });
  router.delete('/admin/pbx/:id', requireRole('admin'), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    await deps.pbx.revoke(id);
    res.status(204).end();
  });
  return router;
}
