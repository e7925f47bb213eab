import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { agents, sessions } from '../schema';
import type { DbOrTx } from '../store';
import type { AgentRow } from './agents.repository';

export const sessionsRepository = {
  async create(
    db: DbOrTx,
    input: { tokenHash: string; agentId: string; expiresAt: Date; userAgent: string | null },
  ): Promise<void> {
    await db.insert(sessions).values(input);
  },

  /** The agent behind a session that has not expired, with the session's expiry. */
  async findLive(
    db: DbOrTx,
    tokenHash: string,
  ): Promise<{ agent: AgentRow; expiresAt: Date; lastSeenAt: Date } | null> {
    const [row] = await db
      .select({ agent: agents, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt })
      .from(sessions)
      .innerJoin(agents, eq(agents.id, sessions.agentId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), eq(agents.active, true)))
      .limit(1);
    return row ?? null;
  },

  async extend(db: DbOrTx, tokenHash: string, expiresAt: Date): Promise<void> {
    await db.update(sessions).set({ expiresAt, lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
  },

  async delete(db: DbOrTx, tokenHash: string): Promise<{ agentId: string } | null> {
    const [row] = await db
      .delete(sessions)
      .where(eq(sessions.tokenHash, tokenHash))
      .returning({ agentId: sessions.agentId });
    return row ?? null;
  },

  async deleteExpired(db: DbOrTx): Promise<number> {
    const rows = await db
      .delete(sessions)
      .where(lt(sessions.expiresAt, sql`now()`))
      .returning({ h: sessions.tokenHash });
    return rows.length;
  },
};
