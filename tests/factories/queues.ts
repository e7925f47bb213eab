import { randomUUID } from 'node:crypto';
import { queues } from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';

type Hours = Record<string, [string, string][]>;

const allDay: [string, string][] = [['00:00', '24:00']];
/** Open every hour of every day: tests about routing, not about opening hours. */
export const ALWAYS_OPEN: Hours = {
  mon: allDay,
  tue: allDay,
  wed: allDay,
  thu: allDay,
  fri: allDay,
  sat: allDay,
  sun: allDay,
};
/** Never open: out-of-hours behaviour, whatever day the tests run. */
export const NEVER_OPEN: Hours = {};

export type QueueOverrides = Partial<typeof queues.$inferInsert>;

/** A queue open around the clock unless told otherwise. */
export async function buildQueue(db: Db, overrides: QueueOverrides = {}): Promise<typeof queues.$inferSelect> {
  const [row] = await db
    .insert(queues)
    .values({
      name: `Queue ${randomUUID().slice(0, 8)}`,
      channels: ['voice', 'chat', 'email', 'callback'],
      businessHours: ALWAYS_OPEN,
      ...overrides,
    })
    .returning();
  return row!;
}
