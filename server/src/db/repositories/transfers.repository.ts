import { and, desc, eq, sql } from 'drizzle-orm';
import { transfers } from '../schema';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export type TransferRow = typeof transfers.$inferSelect;
export type NewTransferRow = typeof transfers.$inferInsert;

export const transfersRepository = {
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

  async decide(db: DbOrTx, id: string, state: 'accepted' | 'declined', by: string, reason: string | null): Promise<void> {
    await db.update(transfers).set({ state, decidedAt: sql`now()`, acceptedBy: state === 'accepted' ? by : null, declineReason: reason }).where(eq(transfers.id, id));
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
};
