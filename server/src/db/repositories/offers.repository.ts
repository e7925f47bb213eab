import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Offer } from '@shared/schemas/transfer';
import { offers } from '../schema';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export type OfferRow = typeof offers.$inferSelect;

export const offersRepository = {
  async insert(
    db: DbOrTx,
    input: { contactId: string; agentId: string; transferId: string | null; expiresAt: Date },
  ): Promise<OfferRow> {
    const [row] = await db.insert(offers).values(input).returning();
    return row!;
  },

  /** The offer as it is now, without a lock (to learn which contact to lock first). */
  async find(db: DbOrTx, id: string): Promise<OfferRow | null> {
    const [row] = await db.select().from(offers).where(eq(offers.id, id)).limit(1);
    return row ?? null;
  },

  async findForUpdate(db: DbOrTx, id: string): Promise<OfferRow | null> {
    const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update').limit(1);
    return row ?? null;
  },

  async decide(
    db: DbOrTx,
    id: string,
    state: 'accepted' | 'declined' | 'expired' | 'withdrawn',
    reason: string | null,
  ): Promise<void> {
    await db.update(offers).set({ state, decidedAt: sql`now()`, declineReason: reason }).where(eq(offers.id, id));
  },

  /** The customer left: every offer still waiting for an agent is withdrawn; who they were for. */
  async withdrawPendingOf(db: DbOrTx, contactId: string, at: Date): Promise<Array<{ id: string; agentId: string }>> {
    return db
      .update(offers)
      .set({ state: 'withdrawn', decidedAt: at })
      .where(and(eq(offers.contactId, contactId), eq(offers.state, 'pending')))
      .returning({ id: offers.id, agentId: offers.agentId });
  },

  /** The last offer of this contact the agent accepted. */
  async lastAccepted(db: DbOrTx, contactId: string, agentId: string): Promise<OfferRow | null> {
    const [row] = await db
      .select()
      .from(offers)
      .where(and(eq(offers.contactId, contactId), eq(offers.agentId, agentId), eq(offers.state, 'accepted')))
      .orderBy(desc(offers.decidedAt))
      .limit(1);
    return row ?? null;
  },

  async expiredPendingIds(db: DbOrTx, now: Date, limit: number): Promise<string[]> {
    const rows = await db
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.state, 'pending'), lt(offers.expiresAt, sql`${now.toISOString()}::timestamptz`)))
      .limit(limit);
    return rows.map((r) => r.id);
  },

  /** What the offered agent sees: the contact, the customer, and the context packet of a transfer. */
  async views(db: DbOrTx, where: { offerId?: string; agentId?: string }): Promise<Offer[]> {
    const filter = where.offerId
      ? sql`o.id = ${where.offerId}`
      : sql`o.agent_id = ${where.agentId!} and o.state = 'pending'`;
    const result = await db.execute(sql`
      select o.id, o.offered_at, o.expires_at, c.id as contact_id, c.channel, c.customer_id, cu.display_name as customer_name,
             q.name as queue_name, c.subject, coalesce(c.queued_at, c.created_at) as waiting_since,
             t.id as transfer_id, t.mode, t.from_agent_id, t.from_agent_name, t.reason, t.summary, t.tried, t.identity
        from offers o
        join contacts c on c.id = o.contact_id
        left join customers cu on cu.id = c.customer_id
        left join queues q on q.id = c.queue_id
        left join transfers t on t.id = o.transfer_id
       where ${filter}
       order by o.offered_at`);
    return rowsOf(result).map((r) => ({
      id: String(r.id),
      contact: {
        id: String(r.contact_id),
        channel: r.channel as Offer['contact']['channel'],
        customerId: (r.customer_id as string | null) ?? null,
        customerName: (r.customer_name as string | null) ?? null,
        queueName: (r.queue_name as string | null) ?? null,
        subject: (r.subject as string | null) ?? null,
        waitingSince: new Date(String(r.waiting_since)).toISOString(),
      },
      packet: r.transfer_id
        ? {
            transferId: String(r.transfer_id),
            mode: r.mode as 'cold' | 'warm',
            from: { id: String(r.from_agent_id), name: String(r.from_agent_name) },
            reason: String(r.reason),
            summary: String(r.summary),
            tried: String(r.tried),
            identity: r.identity as NonNullable<Offer['packet']>['identity'],
          }
        : null,
      offeredAt: new Date(String(r.offered_at)).toISOString(),
      expiresAt: new Date(String(r.expires_at)).toISOString(),
    }));
  },
};
