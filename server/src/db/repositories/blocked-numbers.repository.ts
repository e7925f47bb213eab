import { asc, eq, inArray } from 'drizzle-orm';
import { blockedNumbers } from '../schema';
import type { DbOrTx } from '../store';

export type BlockedNumberRow = typeof blockedNumbers.$inferSelect;

export const blockedNumbersRepository = {
  async isBlocked(db: DbOrTx, values: string[]): Promise<boolean> {
    if (values.length === 0) return false;
    const rows = await db.select({ id: blockedNumbers.id }).from(blockedNumbers).where(inArray(blockedNumbers.value, values)).limit(1);
    return rows.length > 0;
  },

  list(db: DbOrTx): Promise<BlockedNumberRow[]> {
    return db.select().from(blockedNumbers).orderBy(asc(blockedNumbers.value));
  },

  async insert(db: DbOrTx, input: { value: string; reason: string | null; createdBy: string | null }): Promise<BlockedNumberRow> {
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
