import { eq, sql } from 'drizzle-orm';
import { cases } from '../schema';
import type { DbOrTx } from '../store';

export type CaseRow = typeof cases.$inferSelect;

/** A case's owner and status, as routing and closing change them. */
export const casesRepository = {
  async findForUpdate(db: DbOrTx, caseId: string): Promise<CaseRow | null> {
    const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).for('update').limit(1);
    return row ?? null;
  },

  async ownerAgentOf(db: DbOrTx, caseId: string): Promise<string | null> {
    const [row] = await db.select({ agentId: cases.ownerAgentId }).from(cases).where(eq(cases.id, caseId)).limit(1);
    return row?.agentId ?? null;
  },

  /** A transfer was accepted: the receiver owns the case, and the case counts the hop. */
  async transferredTo(db: DbOrTx, caseId: string, agentId: string, at: Date): Promise<void> {
    await db
      .update(cases)
      .set({ ownerAgentId: agentId, ownerQueueId: null, transferCount: sql`${cases.transferCount} + 1`, updatedAt: at })
      .where(eq(cases.id, caseId));
  },

  async close(db: DbOrTx, caseId: string, at: Date): Promise<void> {
    await db.update(cases).set({ status: 'closed', closedAt: at, updatedAt: at }).where(eq(cases.id, caseId));
  },
};
