import { asc, eq, sql } from 'drizzle-orm';
import { queues } from '../schema';
import type { DbOrTx } from '../store';

export type QueueRow = typeof queues.$inferSelect;
export type QueueValues = Omit<typeof queues.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export const queuesRepository = {
  list(db: DbOrTx): Promise<QueueRow[]> {
    return db.select().from(queues).orderBy(asc(queues.name));
  },

  async findById(db: DbOrTx, id: string): Promise<QueueRow | null> {
    const [row] = await db.select().from(queues).where(eq(queues.id, id)).limit(1);
    return row ?? null;
  },

  async findByName(db: DbOrTx, name: string): Promise<QueueRow | null> {
    const [row] = await db.select().from(queues).where(eq(queues.name, name)).limit(1);
    return row ?? null;
  },

  async insert(db: DbOrTx, values: QueueValues): Promise<QueueRow> {
    const [row] = await db.insert(queues).values(values).returning();
    return row!;
  },

  async update(db: DbOrTx, id: string, values: Partial<QueueValues>): Promise<QueueRow | null> {
    const [row] = await db
      .update(queues)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(queues.id, id))
      .returning();
    return row ?? null;
  },
};
