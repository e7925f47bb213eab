import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Directory } from '@shared/schemas/transfer';
import { agents, queues, transfers } from '../schema';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export type TransferRow = typeof transfers.$inferSelect;
export type NewTransferRow = typeof transfers.$inferInsert;

export const transfersRepository = {
  /** Who a contact can go to: queues, and active agents (not admins) with their presence and skills. */
  async directory(db: DbOrTx): Promise<Directory> {
    const [queueRows, agentRows] = await Promise.all([
      db.select({ id: queues.id, name: queues.name, channels: queues.channels }).from(queues).orderBy(asc(queues.name)),
      db
        .select({
          id: agents.id,
          displayName: agents.displayName,
          role: agents.role,
          presence: agents.presence,
          skills: agents.skills,
        })
        .from(agents)
        .where(and(eq(agents.active, true), inArray(agents.role, ['agent', 'specialist', 'supervisor'])))
        .orderBy(asc(agents.displayName)),
    ]);
    return { queues: queueRows, agents: agentRows };
  },

  async insert(db: DbOrTx, row: NewTransferRow): Promise<TransferRow> {
    const [inserted] = await db.insert(transfers).values(row).returning();
    return inserted!;
  },

  async findById(db: DbOrTx, id: string): Promise<TransferRow | null> {
    const [row] = await db.select().from(transfers).where(eq(transfers.id, id)).limit(1);
    return row ?? null;
  },

  async pendingFor(db: DbOrTx, contactId: string): Promise<TransferRow | null> {
    const [row] = await db
      .select()
      .from(transfers)
      .where(and(eq(transfers.contactId, contactId), eq(transfers.state, 'pending')))
      .orderBy(desc(transfers.createdAt))
      .limit(1);
    return row ?? null;
  },

  async decide(
    db: DbOrTx,
    id: string,
    state: 'accepted' | 'declined',
    by: string,
    reason: string | null,
  ): Promise<void> {
    await db
      .update(transfers)
      .set({ state, decidedAt: sql`now()`, acceptedBy: state === 'accepted' ? by : null, declineReason: reason })
      .where(eq(transfers.id, id));
  },

  /** Warm transfers to a queue still looking for a receiver (no offer open). */
  async warmWithoutOffer(db: DbOrTx, limit: number): Promise<string[]> {
    const result = await db.execute(sql`
      select t.contact_id from transfers t
       where t.state = 'pending' and t.mode = 'warm' and t.to_queue_id is not null
         and not exists (select 1 from offers o where o.contact_id = t.contact_id and o.state = 'pending')
       order by t.created_at limit ${limit}`);
    return rowsOf(result).map((r) => String(r.contact_id));
  },

  /** Transfers an agent sent that nobody has decided yet, with the receiver's and the customer's names. */
  async pendingSentBy(
    db: DbOrTx,
    agentId: string,
  ): Promise<
    Array<{
      transferId: string;
      contactId: string;
      mode: 'cold' | 'warm';
      targetName: string;
      customerName: string | null;
      createdAt: Date;
    }>
  > {
    const result = await db.execute(sql`
      select t.id, t.contact_id, t.mode, coalesce(a.display_name, q.name) as target_name, cu.display_name as customer_name, t.created_at
        from transfers t
        join contacts c on c.id = t.contact_id
        left join agents a on a.id = t.to_agent_id
        left join queues q on q.id = t.to_queue_id
        left join customers cu on cu.id = c.customer_id
       where t.from_agent_id = ${agentId} and t.state = 'pending'
       order by t.created_at`);
    return rowsOf(result).map((r) => ({
      transferId: String(r.id),
      contactId: String(r.contact_id),
      mode: r.mode as 'cold' | 'warm',
      targetName: String(r.target_name),
      customerName: (r.customer_name as string | null) ?? null,
      createdAt: new Date(String(r.created_at)),
    }));
  },
};
