import type { CaseNeedingAttention } from '@shared/schemas/case-attention';
import type { Db } from '../db/store';
import { findCasesNeedingAttention } from '../db/repositories/case-attention.repository';
import { attentionReasons } from '../domain/case-attention';

/** Field note 4: every open case has an owner and a due time, and supervisors see those that slip. */
export function createCaseAttentionService(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    async list(limit = 200): Promise<CaseNeedingAttention[]> {
      const at = now();
      const rows = await findCasesNeedingAttention(deps.db, at, limit);
      return rows.map((r) => ({
        id: r.id,
        subject: r.subject,
        status: r.status as CaseNeedingAttention['status'],
        category: r.category as CaseNeedingAttention['category'],
        priority: r.priority,
        customer: { id: r.customerId, name: r.customerName },
        owner: r.ownerAgentId
          ? { kind: 'agent', id: r.ownerAgentId, name: r.ownerAgentName ?? '' }
          : r.ownerQueueId
            ? { kind: 'queue', id: r.ownerQueueId, name: r.ownerQueueName ?? '' }
            : null,
        dueAt: r.dueAt?.toISOString() ?? null,
        overdueSeconds: r.dueAt && r.dueAt < at ? Math.round((at.getTime() - r.dueAt.getTime()) / 1000) : 0,
        reasons: attentionReasons(r, at),
        transferCount: r.transferCount,
      }));
    },
  };
}

export type CaseAttentionService = ReturnType<typeof createCaseAttentionService>;
