import { eq, sql } from 'drizzle-orm';
import { agents } from '../schema';
import type { DbOrTx } from '../store';
import type { AgentRow } from './agents.repository';

/** What routing's offer decisions write on the agent: the lock that serialises accepts, and the missed-offer count. */
export const agentSeatsRepository = {
  /** Holds the agent's row until commit: two accepts by one agent check capacity one after the other. */
  async lock(db: DbOrTx, agentId: string): Promise<void> {
    await db.select({ id: agents.id }).from(agents).where(eq(agents.id, agentId)).for('update');
  },

  /** An accepted offer ends a run of missed ones. */
  async resetMisses(db: DbOrTx, agentId: string): Promise<void> {
    await db.update(agents).set({ consecutiveMisses: 0 }).where(eq(agents.id, agentId));
  },

  /** One more offer missed in a row; the agent as it now is (null if gone). */
  async countMiss(db: DbOrTx, agentId: string): Promise<AgentRow | null> {
    const [row] = await db
      .update(agents)
      .set({ consecutiveMisses: sql`${agents.consecutiveMisses} + 1` })
      .where(eq(agents.id, agentId))
      .returning();
    return row ?? null;
  },
};
