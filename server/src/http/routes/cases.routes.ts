import { Router } from 'express';
import { caseAttentionQuerySchema, closeCaseRequestSchema } from '@shared/schemas/case-attention';
import { idParamsSchema } from '@shared/schemas/common';
import type { CaseAttentionService } from '../../services/case-attention.service';
import type { CaseCloseService } from '../../services/case-close.service';
import { DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

export function casesRoutes(deps: { caseAttention: CaseAttentionService; caseClose: CaseCloseService }): Router {
  const router = Router();
  // For supervisors: open cases that are overdue, owned by no person, or without a due time.
  router.get('/cases/attention', requireRole('supervisor', 'admin'), async (req, res) => {
    const { limit } = parseInput(caseAttentionQuerySchema, req.query, 'query');
    res.json({ items: await deps.caseAttention.list(limit) });
  });
  // The owner (or a supervisor) closes a case once none of its contacts is open.
  router.post('/cases/:id/close', requireRole(...DESK_ROLES), async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const { resolution } = parseInput(closeCaseRequestSchema, req.body, 'body');
    res.json(await deps.caseClose.close(sessionOf(req).agent, id, resolution));
  });
  return router;
}
