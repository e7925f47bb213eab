import { Router } from 'express';
import { z } from 'zod';
import { blockNumberRequestSchema, createPbxRequestSchema, upsertDispositionRequestSchema } from '@shared/schemas/admin-telephony';
import { idParamsSchema } from '@shared/schemas/common';
import type { PbxService } from '../../services/pbx.service';
import type { TelephonyAdminService } from '../../services/telephony-admin.service';
import { requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

const codeParamsSchema = z.strictObject({ code: z.string().min(1).max(64) });

/** Admins manage the PBXs allowed to send CTI events, blocked callers and wrap-up dispositions. */
export function adminTelephonyRoutes(deps: { pbx: PbxService; telephonyAdmin: TelephonyAdminService }): Router {
  const router = Router();
  const admin = requireRole('admin');

  router.get('/admin/pbx', admin, async (_req, res) => {
    res.json({ items: await deps.pbx.list() });
  });
  router.post('/admin/pbx', admin, async (req, res) => {
    const input = parseInput(createPbxRequestSchema, req.body, 'body');
    res.status(201).json(await deps.pbx.create(input.name, input.signingSecret ?? null));
  });
  router.delete('/admin/pbx/:id', admin, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    await deps.pbx.revoke(id);
    res.status(204).end();
  });

  router.get('/admin/blocked-numbers', admin, async (_req, res) => {
    res.json({ items: await deps.telephonyAdmin.listBlocked() });
  });
  router.post('/admin/blocked-numbers', admin, async (req, res) => {
    const input = parseInput(blockNumberRequestSchema, req.body, 'body');
    res.status(201).json({ blocked: await deps.telephonyAdmin.block(input.number, input.reason ?? null, sessionOf(req).agent.id) });
  });
  router.delete('/admin/blocked-numbers/:id', admin, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    await deps.telephonyAdmin.unblock(id);
    res.status(204).end();
  });

  router.put('/admin/dispositions', admin, async (req, res) => {
    const input = parseInput(upsertDispositionRequestSchema, req.body, 'body');
    res.json({ items: await deps.telephonyAdmin.upsertDisposition(input) });
  });
  router.delete('/admin/dispositions/:code', admin, async (req, res) => {
    const { code } = parseInput(codeParamsSchema, req.params, 'params');
    await deps.telephonyAdmin.retireDisposition(code);
    res.status(204).end();
  });

  return router;
}
