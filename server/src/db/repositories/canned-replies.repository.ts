import { and, asc, desc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import { cannedReplies } from '../schema';
import type { DbOrTx } from '../store';

export type CannedReplyRow = typeof cannedReplies.$inferSelect;
export type CannedReplyValues = Pick<
  typeof cannedReplies.$inferInsert,
  'title' | 'body' | 'locale' | 'tags' | 'position'
>;

export const cannedRepliesRepository = {
  /** The replies in use, as agents search them. */
  list(db: DbOrTx, filter: { q?: string; locale?: 'fr' | 'en' }): Promise<CannedReplyRow[]> {
    const conditions: SQL[] = [eq(cannedReplies.active, true)];
    if (filter.locale) conditions.push(eq(cannedReplies.locale, filter.locale));
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(cannedReplies.title, pattern), ilike(cannedReplies.body, pattern))!);
    }
    return db
      .select()
      .from(cannedReplies)
      .where(and(...conditions))
      .orderBy(asc(cannedReplies.locale), asc(cannedReplies.position), asc(cannedReplies.title));
  },

  /** Every reply, retired ones last, for the administration. */
  listAll(db: DbOrTx): Promise<CannedReplyRow[]> {
    return db
      .select()
      .from(cannedReplies)
      .orderBy(
        desc(cannedReplies.active),
        asc(cannedReplies.locale),
        asc(cannedReplies.position),
        asc(cannedReplies.title),
      );
  },

  async findById(db: DbOrTx, id: string): Promise<CannedReplyRow | null> {
    const [row] = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id)).limit(1);
    return row ?? null;
  },

  /** A reply in use with this title in this language (without case), other than `exceptId`. */
  async findActiveByTitle(
    db: DbOrTx,
    locale: string,
    title: string,
    exceptId?: string,
  ): Promise<CannedReplyRow | null> {
    const conditions: SQL[] = [
      eq(cannedReplies.active, true),
      eq(cannedReplies.locale, locale),
      sql`lower(${cannedReplies.title}) = lower(${title})`,
    ];
    if (exceptId) conditions.push(ne(cannedReplies.id, exceptId));
    const [row] = await db
      .select()
      .from(cannedReplies)
      .where(and(...conditions))
      .limit(1);
    return row ?? null;
  },

  async insert(db: DbOrTx, values: CannedReplyValues): Promise<CannedReplyRow> {
    const [row] = await db.insert(cannedReplies).values(values).returning();
    return row!;
  },

  async update(
    db: DbOrTx,
    id: string,
    values: Partial<CannedReplyValues & { active: boolean }>,
  ): Promise<CannedReplyRow | null> {
    const [row] = await db.update(cannedReplies).set(values).where(eq(cannedReplies.id, id)).returning();
    return row ?? null;
  },

  /** Retired, not deleted: it stays listed for admins and can be put back. */
  async retire(db: DbOrTx, id: string): Promise<boolean> {
    const rows = await db
      .update(cannedReplies)
      .set({ active: false })
      .where(eq(cannedReplies.id, id))
      .returning({ id: cannedReplies.id });
    return rows.length > 0;
  },
};
