import { and, desc, eq, sql } from 'drizzle-orm';
import type { TimelineEvent } from '@shared/schemas/timeline';
import { timelineEvents } from '../schema';
import type { DbOrTx } from '../store';

export type TimelineRow = typeof timelineEvents.$inferSelect;
export type NewTimelineRow = typeof timelineEvents.$inferInsert;

export function toTimelineEvent(row: TimelineRow): TimelineEvent {
  return {
    id: String(row.id),
    customerId: row.customerId,
    occurredAt: row.occurredAt.toISOString(),
    channel: row.channel as TimelineEvent['channel'],
    type: row.type as TimelineEvent['type'],
    body: row.body,
    contactId: row.contactId,
    caseId: row.caseId,
    actor: { kind: row.actorKind as TimelineEvent['actor']['kind'], id: row.actorId, name: row.actorName },
    payload: row.payload,
  };
}

/** Position of an event in a newest-first list: the keyset. */
export interface TimelineKey {
  occurredAt: Date;
  id: number;
}

export const timelineRepository = {
  async insert(db: DbOrTx, row: NewTimelineRow): Promise<TimelineRow> {
    const [inserted] = await db.insert(timelineEvents).values(row).returning();
    if (!inserted) throw new Error('timeline insert returned nothing');
    return inserted;
  },

  /**
   * One page, newest first, strictly older than `before` (keyset pagination: the cost of a page
   * does not grow with how far back one scrolls, and new events never shift the pages).
   */
  page(db: DbOrTx, customerId: string, before: TimelineKey | null, limit: number): Promise<TimelineRow[]> {
    const older = before
      ? sql`(${timelineEvents.occurredAt}, ${timelineEvents.id}) < (${before.occurredAt.toISOString()}::timestamptz, ${before.id})`
      : undefined;
    return db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.customerId, customerId), older))
      .orderBy(desc(timelineEvents.occurredAt), desc(timelineEvents.id))
      .limit(limit);
  },
};
