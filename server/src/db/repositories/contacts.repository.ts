import { desc, eq } from 'drizzle-orm';
import type { ContactSummary } from '@shared/schemas/call';
import { agents, contacts, queues } from '../schema';
import type { DbOrTx } from '../store';

export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
/** Columns a service may change directly; the state moves only through the lifecycle repository. */
export type ContactChanges = Omit<Partial<NewContactRow>, 'id' | 'state'> & { state?: never };

export const contactsRepository = {
  async findById(db: DbOrTx, id: string): Promise<ContactRow | null> {
    const [row] = await db.select().from(contacts).where(eq(contacts.id, id)).limit(1);
    return row ?? null;
  },

  /** A customer's last contacts on every channel, with the name of the agent who handled each. */
  async recentOf(db: DbOrTx, customerId: string, limit: number): Promise<ContactSummary[]> {
    const rows = await db
      .select({ contact: contacts, agentName: agents.displayName, queueName: queues.name })
      .from(contacts)
      .leftJoin(agents, eq(agents.id, contacts.agentId))
      .leftJoin(queues, eq(queues.id, contacts.queueId))
      .where(eq(contacts.customerId, customerId))
      .orderBy(desc(contacts.createdAt))
      .limit(limit);
    return rows.map(({ contact, agentName, queueName }) => ({
      id: contact.id,
      channel: contact.channel as ContactSummary['channel'],
      direction: contact.direction as ContactSummary['direction'],
      state: contact.state,
      startedAt: (contact.queuedAt ?? contact.createdAt).toISOString(),
      endedAt: contact.endedAt?.toISOString() ?? null,
      agentName,
      queueName,
      subject: contact.subject,
      disposition: contact.disposition,
    }));
  },
};
