import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export interface QueueDepthRow {
  queueId: string;
  queueName: string;
  waiting: number;
  oldestWaitingSince: Date | null;
}

export interface WaitingInQueueRow {
  id: string;
  priority: number;
  queuedAt: Date;
}

/** The numbers behind queue depth, a waiting customer's position and a wait estimate. */
export const queueStatsRepository = {
  /** Every queue with how many contacts wait in it and since when the oldest has. */
  async depths(db: DbOrTx, queueIds?: readonly string[]): Promise<QueueDepthRow[]> {
    const only =
      queueIds && queueIds.length > 0
        ? sql`where q.id in (${sql.join(
            queueIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql``;
    const result = await db.execute(sql`
      select q.id, q.name, count(c.id)::int as waiting, min(coalesce(c.queued_at, c.created_at)) as oldest
        from queues q left join contacts c on c.queue_id = q.id and c.state = 'queued'
        ${only}
       group by q.id, q.name
       order by q.name`);
    return rowsOf(result).map((r) => ({
      queueId: String(r.id),
      queueName: String(r.name),
      waiting: Number(r.waiting),
      oldestWaitingSince: r.oldest ? new Date(String(r.oldest)) : null,
    }));
  },

  /** The contacts waiting in a queue, with what ordering needs. */
  async waitingIn(db: DbOrTx, queueId: string): Promise<WaitingInQueueRow[]> {
    const result = await db.execute(sql`
      select id, priority, coalesce(queued_at, created_at) as queued_at
        from contacts where queue_id = ${queueId} and state = 'queued'`);
    return rowsOf(result).map((r) => ({
      id: String(r.id),
      priority: Number(r.priority),
      queuedAt: new Date(String(r.queued_at)),
    }));
  },

  /** Average time agents spent on the queue's recent contacts of a channel (answer to close), in seconds. */
  async averageHandleSeconds(db: DbOrTx, queueId: string, channel: string): Promise<number | null> {
    const result = await db.execute(sql`
      select avg(extract(epoch from (coalesce(closed_at, ended_at) - answered_at)))::float8 as seconds
        from (select closed_at, ended_at, answered_at from contacts
               where queue_id = ${queueId} and channel = ${channel} and answered_at is not null
                 and coalesce(closed_at, ended_at) is not null
               order by coalesce(closed_at, ended_at) desc limit 50) recent`);
    const seconds = rowsOf(result)[0]?.seconds;
    return seconds === null || seconds === undefined ? null : Number(seconds);
  },
};
