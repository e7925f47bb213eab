import { randomUUID } from 'node:crypto';
import type { CaseRow, HistoryFacts } from './demo-model';
import type { AgentRow, QueueRow } from './demo-staff';
import { addDays, addMs, MINUTE_MS } from './demo-time';
import type { Topic } from './demo-topics';
import { addEvent, agentActor, fillText, type World } from './demo-world';

/**
 * A customer's matter across contacts and transfers. Field note 4: an open case always has an
 * owner (an agent or a queue) and a due time; a transfer moves ownership explicitly.
 */

const PRIORITY: Record<Topic['category'], number> = { complaint: 2, incident: 1, request: 0, sales: 0 };
/** Time allowed to settle a case, by category. */
const DUE_DAYS: Record<Topic['category'], number> = { complaint: 5, incident: 2, request: 3, sales: 7 };

export function openCase(
  world: World,
  facts: HistoryFacts,
  args: { id?: string; topic: Topic; subject: string; at: Date; by: AgentRow; contactId: string | null },
): CaseRow {
  const row: CaseRow = {
    id: args.id ?? randomUUID(),
    customerId: facts.customerId,
    subject: args.subject,
    category: args.topic.category,
    status: 'open',
    priority: PRIORITY[args.topic.category],
    ownerAgentId: args.by.id,
    ownerQueueId: null,
    dueAt: addDays(args.at, DUE_DAYS[args.topic.category]),
    transferCount: 0,
    createdAt: args.at,
    updatedAt: args.at,
    closedAt: null,
  };
  world.cases.push(row);
  addEvent(world, facts, {
    at: args.at,
    channel: 'system',
    type: 'case.opened',
    actor: agentActor(args.by),
    body: args.subject,
    contactId: args.contactId,
    caseId: row.id,
    payload: { category: args.topic.category, priority: row.priority ?? 0, ownerName: args.by.displayName },
  });
  return row;
}

/** Hands the case to a specialist or a queue, with the context packet's reason and summary. */
export function transferCase(
  world: World,
  facts: HistoryFacts,
  row: CaseRow,
  args: {
    at: Date;
    from: AgentRow;
    to: AgentRow | QueueRow;
    reason: string;
    summary: string;
    contactId: string | null;
  },
): void {
  const toAgent = 'email' in args.to;
  row.ownerAgentId = toAgent ? args.to.id : null;
  row.ownerQueueId = toAgent ? null : args.to.id;
  row.transferCount = (row.transferCount ?? 0) + 1;
  row.updatedAt = args.at;
  const toName = toAgent ? (args.to as AgentRow).displayName : (args.to as QueueRow).name;
  addEvent(world, facts, {
    at: args.at,
    channel: 'system',
    type: 'case.transferred',
    actor: agentActor(args.from),
    body: fillText(world, args.summary, args.at, facts),
    contactId: args.contactId,
    caseId: row.id,
    payload: {
      fromName: args.from.displayName,
      toName,
      toKind: toAgent ? 'agent' : 'queue',
      reason: args.reason,
      mode: world.rng.chance(0.6) ? 'warm' : 'cold',
      identityVerified: true,
    },
  });
}

/** A queue-owned case picked up by a specialist: ownership moves to them (no timeline event of its own). */
export function takeCase(row: CaseRow, agent: AgentRow, at: Date): void {
  row.ownerAgentId = agent.id;
  row.ownerQueueId = null;
  row.updatedAt = at;
}

export function closeCase(
  world: World,
  facts: HistoryFacts,
  row: CaseRow,
  args: { at: Date; by: AgentRow; resolution: string },
): void {
  const at = addMs(args.at, world.rng.int(1, 40) * MINUTE_MS);
  row.status = 'closed';
  row.closedAt = at;
  row.updatedAt = at;
  row.ownerAgentId = args.by.id;
  row.ownerQueueId = null;
  addEvent(world, facts, {
    at,
    channel: 'system',
    type: 'case.closed',
    actor: agentActor(args.by),
    body: row.subject,
    caseId: row.id,
    payload: { resolution: args.resolution, transferCount: row.transferCount ?? 0 },
  });
}

/** Leaves the case open or pending with a due time (some of them already overdue). */
export function leaveOpen(row: CaseRow, args: { status: 'open' | 'pending'; dueAt: Date }): void {
  row.status = args.status;
  row.dueAt = args.dueAt;
}
