import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export interface CaseAttentionRow {
  id: string;
  subject: string;
  status: string;
  category: string;
  priority: number;
  customerId: string;
  customerName: string;
  ownerAgentId: string | null;
  ownerAgentName: string | null;
  ownerQueueId: string | null;
  ownerQueueName: string | null;
  dueAt: Date | null;
  transferCount: number;
}

/**
 * Open cases that are overdue, owned by no person (only a queue), or have no due time: the most
 * overdue first, then the highest priority.
 */
export async function findCasesNeedingAttention(db: DbOrTx, now: Date, limit: number): Promise<CaseAttentionRow[]> {
  const result = await db.execute(sql`
    select cs.id, cs.subject, cs.status, cs.category, cs.priority, cs.customer_id, c.display_name as customer_name,
           cs.owner_agent_id, ag.display_name as owner_agent_name, cs.owner_queue_id, q.name as owner_queue_name,
           cs.due_at, cs.transfer_count
      from cases cs
      join customers c on c.id = cs.customer_id
      left join agents ag on ag.id = cs.owner_agent_id
      left join queues q on q.id = cs.owner_queue_id
     where cs.status <> 'closed'
       and (cs.due_at < ${now.toISOString()}::timestamptz or cs.owner_agent_id is null or cs.due_at is null)
     order by cs.due_at asc nulls last, cs.priority desc, cs.created_at asc
     limit ${limit}`);
  return rowsOf(result).map((r) => ({
    id: String(r.id),
    subject: String(r.subject),
    status: String(r.status),
    category: String(r.category),
    priority: Number(r.priority),
    customerId: String(r.customer_id),
    customerName: String(r.customer_name),
    ownerAgentId: (r.owner_agent_id as string | null) ?? null,
    ownerAgentName: (r.owner_agent_name as string | null) ?? null,
    ownerQueueId: (r.owner_queue_id as string | null) ?? null,
    ownerQueueName: (r.owner_queue_name as string | null) ?? null,
    dueAt: r.due_at ? new Date(String(r.due_at)) : null,
    transferCount: Number(r.transfer_count),
  }));
}
