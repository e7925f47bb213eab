import { asc, eq } from 'drizzle-orm';
import { blockedNumbers } from '../schema';
import type { DbOrTx } from '../store';

export type BlockedNumberRow = typeof blockedNumbers.$inferSelect;

export const blockedNumbersRepository = {
  list(db: DbOrTx): Promise<BlockedNumberRow[]> {
    return db.select().from(blockedNumbers).orderBy(asc(blockedNumbers.value));
  },

  async insert(
    db: DbOrTx,
    input: { value: string; reason: string | null; createdBy: string | null },
  ): Promise<BlockedNumberRow> {
    const [row] = await db
      .insert(blockedNumbers)
      .values(input)
      .onConflictDoUpdate({ target: blockedNumbers.value, set: { reason: input.reason } })
      .returning();
    return row!;
  },

  async delete(db: DbOrTx, id: string): Promise<boolean> {
    const rows = await db.delete(blockedNumbers).where(eq(blockedNumbers.id, id)).returning({ id: blockedNumbers.id });
    return rows.length > 0;
  },
};
