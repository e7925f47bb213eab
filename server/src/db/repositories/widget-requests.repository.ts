import { and, count, eq, gt } from 'drizzle-orm';
import { widgetRequests } from '../schema';
import type { DbOrTx } from '../store';

export type WidgetRequestKind = 'conversation' | 'message' | 'callback';

export const widgetRequestsRepository = {
  async record(db: DbOrTx, ipHash: string, kind: WidgetRequestKind, at: Date): Promise<void> {
    await db.insert(widgetRequests).values({ ipHash, kind, createdAt: at });
  },

  async countSince(db: DbOrTx, ipHash: string, since: Date): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(widgetRequests)
      .where(and(eq(widgetRequests.ipHash, ipHash), gt(widgetRequests.createdAt, since)));
    return Number(row?.n ?? 0);
  },
};
