import { and, eq } from 'drizzle-orm';
import { emailOutbox } from '../schema';
import type { DbOrTx } from '../store';

export type OutboxRow = typeof emailOutbox.$inferSelect;
export type NewOutboxRow = typeof emailOutbox.$inferInsert;

export const emailOutboxRepository = {
  /** Queues an email once per (contact, purpose, address); asking again returns the queued one. */
  async queueOnce(db: DbOrTx, row: NewOutboxRow): Promise<OutboxRow> {
    const [inserted] = await db
      .insert(emailOutbox)
      .values({ ...row, state: 'queued' })
      .onConflictDoNothing()
      .returning();
    if (inserted) return inserted;
    const [existing] = await db
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.contactId, row.contactId!),
          eq(emailOutbox.purpose, row.purpose),
          eq(emailOutbox.toAddress, row.toAddress),
        ),
      )
      .limit(1);
    return existing!;
  },

  ofContact(db: DbOrTx, contactId: string): Promise<OutboxRow[]> {
    return db.select().from(emailOutbox).where(eq(emailOutbox.contactId, contactId));
  },
};
