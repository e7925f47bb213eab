import { and, asc, eq } from 'drizzle-orm';
import { chatTopics, queues } from '../schema';
import type { DbOrTx } from '../store';

export type ChatTopicRow = typeof chatTopics.$inferSelect;

export const chatTopicsRepository = {
  listActive(db: DbOrTx): Promise<ChatTopicRow[]> {
    return db
      .select()
      .from(chatTopics)
      .where(eq(chatTopics.active, true))
      .orderBy(asc(chatTopics.position), asc(chatTopics.labelEn));
  },

  async findActive(db: DbOrTx, id: string): Promise<(ChatTopicRow & { queueName: string }) | null> {
    const [row] = await db
      .select({ topic: chatTopics, queueName: queues.name })
      .from(chatTopics)
      .innerJoin(queues, eq(queues.id, chatTopics.queueId))
      .where(and(eq(chatTopics.id, id), eq(chatTopics.active, true)))
      .limit(1);
    return row ? { ...row.topic, queueName: row.queueName } : null;
  },

  /** Adds a topic or, when one with that English label exists, points it at the queue again. */
  async upsert(
    db: DbOrTx,
    input: { labelFr: string; labelEn: string; queueId: string; position: number },
  ): Promise<ChatTopicRow> {
    const [row] = await db
      .insert(chatTopics)
      .values(input)
      .onConflictDoUpdate({
        target: chatTopics.labelEn,
        set: { labelFr: input.labelFr, queueId: input.queueId, position: input.position, active: true },
      })
      .returning();
    return row!;
  },
};
