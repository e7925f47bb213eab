import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import { chatMessages } from '../schema';
import type { DbOrTx } from '../store';

export type ChatMessageRow = typeof chatMessages.$inferSelect;
export type NewChatMessageRow = typeof chatMessages.$inferInsert;

export const chatMessagesRepository = {
  /**
   * Stores a message once: a second insert with the same (conversation, clientMessageId) returns
   * the first one and `created: false`, so a sender retrying after a lost ack gets the same message.
   */
  async insertOnce(db: DbOrTx, row: NewChatMessageRow): Promise<{ message: ChatMessageRow; created: boolean }> {
    const [inserted] = await db.insert(chatMessages).values(row).onConflictDoNothing().returning();
    if (inserted) return { message: inserted, created: true };
    const [existing] = await db
      .select()
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.conversationId, row.conversationId),
          eq(chatMessages.clientMessageId, row.clientMessageId ?? ''),
        ),
      )
      .limit(1);
    if (!existing) throw new Error('chat message neither inserted nor found');
    return { message: existing, created: false };
  },

  byClientId(db: DbOrTx, conversationId: string, clientMessageId: string): Promise<ChatMessageRow | undefined> {
    return db
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.conversationId, conversationId), eq(chatMessages.clientMessageId, clientMessageId)))
      .limit(1)
      .then((rows) => rows[0]);
  },

  /** The whole conversation, oldest first. */
  listOf(db: DbOrTx, conversationId: string): Promise<ChatMessageRow[]> {
    return db
      .select()
      .from(chatMessages)
      .where(eq(chatMessages.conversationId, conversationId))
      .orderBy(asc(chatMessages.seq));
  },

  async lastOf(db: DbOrTx, conversationId: string): Promise<ChatMessageRow | null> {
    const [row] = await db
      .select()
      .from(chatMessages)
      .where(eq(chatMessages.conversationId, conversationId))
      .orderBy(desc(chatMessages.seq))
      .limit(1);
    return row ?? null;
  },

  async countBy(db: DbOrTx, conversationId: string, authorKind: 'visitor' | 'agent', since: Date): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.conversationId, conversationId),
          eq(chatMessages.authorKind, authorKind),
          gt(chatMessages.sentAt, since),
        ),
      );
    return Number(row?.n ?? 0);
  },

  /** Visitor messages after a seq: the agent's unread count. */
  async countVisitorAfter(db: DbOrTx, conversationId: string, afterSeq: number): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(chatMessages)
      .where(
        and(
          eq(chatMessages.conversationId, conversationId),
          eq(chatMessages.authorKind, 'visitor'),
          gt(chatMessages.seq, afterSeq),
        ),
      );
    return Number(row?.n ?? 0);
  },

  /** Agents who held or wrote in the conversation, in order of appearance (names as they wrote them). */
  async agentNamesOf(db: DbOrTx, conversationId: string, contactId: string): Promise<string[]> {
    const rows = await db.execute(sql`
      select name from (
        select author_name as name, min(sent_at) as at from chat_messages
         where conversation_id = ${conversationId} and author_kind = 'agent' and author_name is not null group by author_name
        union all
        select a.display_name, min(o.decided_at) from offers o join agents a on a.id = o.agent_id
         where o.contact_id = ${contactId} and o.state = 'accepted' group by a.display_name
      ) x group by name order by min(at)`);
    return (rows as unknown as { rows: Array<{ name: string }> }).rows.map((r) => r.name);
  },
};
