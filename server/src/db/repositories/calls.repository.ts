import { and, arrayContains, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { agents, calls, contacts } from '../schema';
import type { DbOrTx } from '../store';
import type { ContactRow } from './contacts.repository';

export type CallRow = typeof calls.$inferSelect;
export type NewCallRow = typeof calls.$inferInsert;

/** A call with its contact and the name of the agent on it. */
export interface CallRecord {
  call: CallRow;
  contact: ContactRow;
  agentName: string | null;
}

const LIVE_STATES = ['queued', 'offered', 'active', 'wrap_up'];

function select(db: DbOrTx) {
  return db
    .select({ call: calls, contact: contacts, agentName: agents.displayName })
    .from(calls)
    .innerJoin(contacts, eq(contacts.id, calls.contactId))
    .leftJoin(agents, eq(agents.id, contacts.agentId));
}

export const callsRepository = {
  async findByContactId(db: DbOrTx, contactId: string, lock = false): Promise<CallRecord | null> {
    const query = select(db).where(eq(calls.contactId, contactId)).limit(1);
    const [row] = lock ? await query.for('update', { of: contacts }) : await query;
    return row ?? null;
  },

  async insert(db: DbOrTx, row: NewCallRow): Promise<CallRow> {
    const [inserted] = await db.insert(calls).values(row).returning();
    return inserted!;
  },

  async update(db: DbOrTx, contactId: string, changes: Partial<NewCallRow>): Promise<CallRow> {
    const [row] = await db.update(calls).set(changes).where(eq(calls.contactId, contactId)).returning();
    return row!;
  },

  /** Calls ringing for an agent, or on their desk until wrapped up. */
  mineLive(db: DbOrTx, agentId: string): Promise<CallRecord[]> {
    return select(db)
      .where(
        and(
          inArray(contacts.state, LIVE_STATES),
          or(
            eq(contacts.agentId, agentId),
            and(isNull(contacts.agentId), arrayContains(calls.ringingAgentIds, [agentId])),
          ),
        ),
      )
      .orderBy(desc(contacts.createdAt));
  },

  missedUnhandled(db: DbOrTx, limit: number): Promise<CallRecord[]> {
    return select(db)
      .where(and(eq(contacts.state, 'missed'), isNull(calls.handledAt)))
      .orderBy(desc(contacts.createdAt))
      .limit(limit);
  },

  /** Calls whose wrap-up ran past the allowed time. */
  wrapUpsOlderThan(db: DbOrTx, endedBefore: Date): Promise<CallRecord[]> {
    return select(db)
      .where(and(eq(contacts.state, 'wrap_up'), lt(contacts.endedAt, sql`${endedBefore.toISOString()}::timestamptz`)))
      .limit(100);
  },

  /** Does the agent still have another call on their desk (answered, or in wrap-up)? */
  async agentHasOtherLiveCall(db: DbOrTx, agentId: string, exceptContactId: string): Promise<boolean> {
    const rows = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(
        and(
          eq(contacts.agentId, agentId),
          eq(contacts.channel, 'voice'),
          inArray(contacts.state, ['active', 'wrap_up']),
          sql`${contacts.id} <> ${exceptContactId}`,
        ),
      )
      .limit(1);
    return rows.length > 0;
  },
};
