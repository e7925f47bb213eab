import { asc, eq, sql } from 'drizzle-orm';
import { agents } from '../schema';
import type { DbOrTx } from '../store';

export type AgentRoutingRow = Pick<
  typeof agents.$inferSelect,
  'id' | 'displayName' | 'email' | 'role' | 'skills' | 'capacity' | 'keepsChatsDuringCall'
>;

const columns = {
  id: agents.id,
  displayName: agents.displayName,
  email: agents.email,
  role: agents.role,
  skills: agents.skills,
  capacity: agents.capacity,
  keepsChatsDuringCall: agents.keepsChatsDuringCall,
};

/** The routing settings of agents (skills, capacity per channel), as admins edit them. */
export const agentRoutingRepository = {
  listActive(db: DbOrTx): Promise<AgentRoutingRow[]> {
    return db.select(columns).from(agents).where(eq(agents.active, true)).orderBy(asc(agents.displayName));
  },

  async update(
    db: DbOrTx,
    id: string,
    values: { skills: string[]; capacity: AgentRoutingRow['capacity']; keepsChatsDuringCall?: boolean | undefined },
  ): Promise<AgentRoutingRow | null> {
    const [row] = await db
      .update(agents)
      .set({
        skills: values.skills,
        capacity: values.capacity,
        ...(values.keepsChatsDuringCall === undefined ? {} : { keepsChatsDuringCall: values.keepsChatsDuringCall }),
        updatedAt: sql`now()`,
      })
      .where(eq(agents.id, id))
      .returning(columns);
    return row ?? null;
  },
};
