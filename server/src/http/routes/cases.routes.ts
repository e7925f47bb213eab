import { Router } from 'express';
import { caseAttentionQuerySchema } from '@shared/schemas/case-attention';
import type { CaseAttentionService } from '../../services/case-attention.service';
import { requireRole } from '../middleware/auth';
import { parseInput } from '../../validation';

export function casesRoutes(deps: { caseAttention: CaseAttentionService }): Router {
  const router = Router();
  // For supervisors: open cases that are overdue, owned by no person, or without a due time.
  router.get('/cases/attention', requireRole('supervisor', 'admin'), async (req, res) => {
    const { limit } = parseInput(caseAttentionQuerySchema, req.query, 'query');
    res.json({ items: await deps.caseAttention.list(limit) });
  });
  return router;
}
