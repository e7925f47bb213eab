import { Router } from 'express';
import { api } from '@shared/contract';
import type { CaseAttentionService } from '../../services/case-attention.service';
import type { CaseCloseService } from '../../services/case-close.service';
import { mountRoute } from '../contract-route';
import { DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';

export function casesRoutes(deps: { caseAttention: CaseAttentionService; caseClose: CaseCloseService }): Router {
  const router = Router();
  // For supervisors: open cases that are overdue, owned by no person, or without a due time.
  mountRoute(router, api.cases.attention, [requireRole('supervisor', 'admin')], async ({ query }) => ({
    items: await deps.caseAttention.list(query.limit),
  }));
  // The owner (or a supervisor) closes a case once none of its contacts is open.
  mountRoute(router, api.cases.close, [requireRole(...DESK_ROLES)], async ({ params, body, req }) =>
    deps.caseClose.close(sessionOf(req).agent, params.id, body.resolution),
  );
  return router;
}
