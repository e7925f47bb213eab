import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';

export interface CandidateRow {
  id: string;
  skills: string[];
  presence: string;
  capacity: { voice: number; chat: number; email: number };
  presenceChangedAt: Date;
  load: { voice: number; chat: number; email: number };
  onVoiceCall: boolean;
  keepsChatsDuringCall: boolean;
}

/**
 * Agents with what routing needs: presence, skills, capacity and current load per channel.
 * Load counts contacts on their desk (offered, active, in wrap-up) and offers waiting for them.
 */
export async function loadCandidates(db: DbOrTx, onlyAgentId?: string): Promise<CandidateRow[]> {
  const onlyDesk = onlyAgentId ? sql`and c.agent_id = ${onlyAgentId}` : sql``;
  const onlyOffers = onlyAgentId ? sql`and o.agent_id = ${onlyAgentId}` : sql``;
  const onlyAgent = onlyAgentId ? sql`and a.id = ${onlyAgentId}` : sql``;
  const result = await db.execute(sql`
    with desk as (
      select c.agent_id, case when c.channel in ('voice','callback') then 'voice' else c.channel end as ch, c.channel = 'voice' and c.state = 'active' as on_call
        from contacts c where c.agent_id is not null and c.state in ('offered','active','wrap_up') ${onlyDesk}
      union all
      select o.agent_id, case when c.channel in ('voice','callback') then 'voice' else c.channel end, false
        from offers o join contacts c on c.id = o.contact_id
       where o.state = 'pending' and (c.agent_id is null or c.agent_id <> o.agent_id) ${onlyOffers})
    select a.id, a.skills, a.presence, a.capacity, a.presence_changed_at, a.keeps_chats_during_call,
           count(*) filter (where d.ch = 'voice')::int as voice,
           count(*) filter (where d.ch = 'chat')::int as chat,
           count(*) filter (where d.ch = 'email')::int as email,
           coalesce(bool_or(d.on_call), false) as on_call
      from agents a left join desk d on d.agent_id = a.id
     where a.active and a.presence in ('available','busy') ${onlyAgent}
     group by a.id`);
  return rowsOf(result).map((r) => ({
    id: String(r.id),
    skills: r.skills as string[],
    presence: String(r.presence),
    capacity: r.capacity as CandidateRow['capacity'],
    presenceChangedAt: new Date(String(r.presence_changed_at)),
    load: { voice: Number(r.voice), chat: Number(r.chat), email: Number(r.email) },
    onVoiceCall: Boolean(r.on_call),
    keepsChatsDuringCall: Boolean(r.keeps_chats_during_call),
  }));
}

export interface WaitingContactRow {
  id: string;
  queueId: string | null;
  channel: string;
  preferredAgentId: string | null;
  priority: number;
  queuePriority: number;
  queuedAt: Date;
  /** Its place in the walk of the queue: creation time as stored (microseconds), then id. */
  createdAt: string;
}

/** Where a walk of the waiting contacts stopped: the next batch starts after it. */
export interface WaitingCursor {
  createdAt: string;
  id: string;
}

/**
 * Contacts waiting in a queue for an agent, oldest first. Never calls the PBX routes itself (its
 * `user[]`, its own queues), but a call transferred in Omnidesk and waiting for its receiver is
 * ours to offer like any contact. Never contacts booked for later than `now`.
 */
export async function waitingContactIds(
  db: DbOrTx,
  limit: number,
  now: Date = new Date(),
  closedQueueIds: readonly string[] = [],
  after: WaitingCursor | null = null,
): Promise<WaitingContactRow[]> {
  const afterCursor = after
    ? sql`and (c.created_at, c.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`
    : sql``;
  // Contacts of closed queues wait for the opening: leaving them out keeps them from using up the limit.
  const notClosed =
    closedQueueIds.length > 0
      ? sql`and (c.queue_id is null or c.queue_id not in (${sql.join(
          closedQueueIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`
      : sql``;
  const result = await db.execute(sql`
    select c.id, c.queue_id, c.channel, c.preferred_agent_id, c.priority, coalesce(q.priority, 0) as queue_priority, coalesce(c.queued_at, c.created_at) as queued_at,
           to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_key
      from contacts c left join queues q on q.id = c.queue_id
     where c.state = 'queued' and (c.not_before is null or c.not_before <= ${now.toISOString()}::timestamptz)
       and (not exists (select 1 from calls k where k.contact_id = c.id)
            or exists (select 1 from transfers t where t.contact_id = c.id and t.state = 'pending'))
       and not exists (select 1 from offers o where o.contact_id = c.id and o.state = 'pending')
       ${notClosed} ${afterCursor}
     order by c.created_at, c.id
     limit ${limit}`);
  return rowsOf(result).map((r) => ({
    id: String(r.id),
    queueId: (r.queue_id as string | null) ?? null,
    channel: String(r.channel),
    preferredAgentId: (r.preferred_agent_id as string | null) ?? null,
    priority: Number(r.priority),
    queuePriority: Number(r.queue_priority),
    queuedAt: new Date(String(r.queued_at)),
    createdAt: String(r.created_key),
  }));
}

/** Does the agent still hold any contact (so they stay busy)? */
export async function agentHoldsOtherContact(db: DbOrTx, agentId: string, exceptContactId: string): Promise<boolean> {
  const result = await db.execute(sql`
    select 1 from contacts where agent_id = ${agentId} and state in ('active','wrap_up') and id <> ${exceptContactId} limit 1`);
  return rowsOf(result).length > 0;
}
