import { randomUUID } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  caseAttentionQuerySchema,
  caseAttentionResponseSchema,
  type CaseNeedingAttention,
} from '@shared/schemas/case-attention';
import { apiError, type createDeskBackend } from './handlers';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

type DeskBackend = ReturnType<typeof createDeskBackend>;

export interface SupervisionOptions {
  /** What GET /api/cases/attention answers, in the server's order. */
  casesNeedingAttention?: CaseNeedingAttention[];
}

/** An open case overdue by two hours, owned by a queue only: the kind a supervisor must see. */
export function buildCaseNeedingAttention(overrides: Partial<CaseNeedingAttention> = {}): CaseNeedingAttention {
  return {
    id: randomUUID(),
    subject: 'Router still not delivered',
    status: 'open',
    category: 'complaint',
    priority: 0,
    customer: { id: randomUUID(), name: 'Marie Dupont' },
    owner: { kind: 'queue', id: randomUUID(), name: 'Facturation' },
    dueAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
    overdueSeconds: 2 * 3600,
    reasons: ['overdue', 'no_person_owner'],
    transferCount: 3,
    ...overrides,
  };
}

/** GET /api/cases/attention on top of a desk backend: supervisors and admins only, like on the server. */
export function withSupervision(backend: DeskBackend, options: SupervisionOptions = {}) {
  const supervision = { cases: options.casesNeedingAttention ?? [] };
  const handlers: HttpHandler[] = [
    http.get(
      mswPath(api.cases.attention),
      backend.signedInOnly(({ search }) => {
        if (!['supervisor', 'admin'].includes(backend.state.agent.role)) return apiError('role_required');
        const query = caseAttentionQuerySchema.safeParse(Object.fromEntries(search));
        if (!query.success) return apiError('invalid_input');
        const items = supervision.cases.slice(0, query.data.limit ?? 100);
        return HttpResponse.json(caseAttentionResponseSchema.parse({ items }));
      }),
    ),
  ];
  return { handlers, supervision };
}
