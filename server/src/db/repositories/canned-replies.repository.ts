import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { cannedReplies } from '../schema';
import type { DbOrTx } from '../store';

export type CannedReplyRow = typeof cannedReplies.$inferSelect;

export const cannedRepliesRepository = {
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
};
