import { eq, sql } from 'drizzle-orm';
import { chatConversations, chatTopics, contacts } from '../schema';
import type { DbOrTx } from '../store';

export type ConversationRow = typeof chatConversations.$inferSelect;
export type NewConversationRow = typeof chatConversations.$inferInsert;
export type ContactRowOfChat = typeof contacts.$inferSelect;
export type TopicRowOfChat = typeof chatTopics.$inferSelect;

/** A conversation with the contact it belongs to and its topic: what every rule needs. */
export interface ConversationRecord {
  conversation: ConversationRow;
  contact: ContactRowOfChat;
  topic: TopicRowOfChat;
}

async function findOne(
  db: DbOrTx,
  where: ReturnType<typeof eq>,
  forUpdate: boolean,
): Promise<ConversationRecord | null> {
  const query = db
    .select({ conversation: chatConversations, contact: contacts, topic: chatTopics })
    .from(chatConversations)
    .innerJoin(contacts, eq(contacts.id, chatConversations.contactId))
    .innerJoin(chatTopics, eq(chatTopics.id, chatConversations.topicId))
    .where(where)
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: [chatConversations, contacts] }) : await query;
  return row ?? null;
}

export type ReceiptColumn = 'agentDeliveredSeq' | 'agentReadSeq' | 'visitorDeliveredSeq' | 'visitorReadSeq';

export const chatConversationsRepository = {
  async insert(db: DbOrTx, row: NewConversationRow): Promise<ConversationRow> {
    const [inserted] = await db.insert(chatConversations).values(row).returning();
    return inserted!;
  },

  byId(db: DbOrTx, id: string, forUpdate = false): Promise<ConversationRecord | null> {
    return findOne(db, eq(chatConversations.id, id), forUpdate);
  },

  byTokenHash(db: DbOrTx, tokenHash: string, forUpdate = false): Promise<ConversationRecord | null> {
    return findOne(db, eq(chatConversations.visitorTokenHash, tokenHash), forUpdate);
  },

  byContactId(db: DbOrTx, contactId: string, forUpdate = false): Promise<ConversationRecord | null> {
    return findOne(db, eq(chatConversations.contactId, contactId), forUpdate);
  },

  async update(db: DbOrTx, id: string, changes: Partial<NewConversationRow>): Promise<ConversationRow> {
    const [row] = await db.update(chatConversations).set(changes).where(eq(chatConversations.id, id)).returning();
    return row!;
  },

  /** Receipts only move forward: a late "delivered" never undoes a "read". */
  async raiseReceipt(db: DbOrTx, id: string, column: ReceiptColumn, upToSeq: number, at: Date): Promise<boolean> {
    const col = chatConversations[column];
    const rows = await db
      .update(chatConversations)
      .set({ [column]: upToSeq, updatedAt: at })
      .where(sql`${chatConversations.id} = ${id} and ${col} < ${upToSeq}`)
      .returning({ id: chatConversations.id });
    return rows.length > 0;
  },

  /** Chats (by conversation id) an agent holds on their desk. */
  async idsHeldBy(db: DbOrTx, agentId: string): Promise<string[]> {
    const rows = await db
      .select({ id: chatConversations.id })
      .from(chatConversations)
      .innerJoin(contacts, eq(contacts.id, chatConversations.contactId))
      .where(sql`${contacts.agentId} = ${agentId} and ${contacts.state} in ('active','wrap_up')`)
      .orderBy(chatConversations.createdAt);
    return rows.map((r) => r.id);
  },

  /** Conversations still waiting in a queue (for position pushes). */
  async waitingIn(db: DbOrTx, queueId: string): Promise<Array<{ id: string; contactId: string }>> {
    return db
      .select({ id: chatConversations.id, contactId: chatConversations.contactId })
      .from(chatConversations)
      .innerJoin(contacts, eq(contacts.id, chatConversations.contactId))
      .where(
        sql`${contacts.queueId} = ${queueId} and ${contacts.state} in ('queued','offered') and ${chatConversations.endedAt} is null`,
      );
  },
};
