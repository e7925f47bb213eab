import { eq, sql } from 'drizzle-orm';
import { agents } from '../schema';
import type { DbOrTx } from '../store';
import type { AgentRow } from './agents.repository';

/** What routing's offer decisions write on the agent: the lock that serialises their seats, and the missed-offer count. */
export const agentSeatsRepository = {
  /**
   * Holds the agent's row until commit: whatever creates or accepts an offer for this agent checks
   * their seats one after the other. With `skipLocked`, answers false at once when another
   * transaction holds it (routing then tries someone else rather than wait).
   */
  async lock(db: DbOrTx, agentId: string, options: { skipLocked?: boolean } = {}): Promise<boolean> {
    const rows = await db
      .select({ id: agents.id })
      .from(agents)
      .where(eq(agents.id, agentId))
      .for('update', options.skipLocked ? { skipLocked: true } : {});
    return rows.length > 0;
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
