import type { Channel } from '@shared/schemas/common';
import type { TimelineChannel, TimelineEventType, TimelinePayload } from '@shared/schemas/timeline';
import type { CaseRow, ContactRow, EventRow, HistoryFacts } from './demo-model';
import type { AgentRow, QueueRow } from './demo-staff';
import { addDays } from './demo-time';
import { MONTHS_FR, MONTHS_NL, WEEKDAYS_FR, type QueueKey, type Topic } from './demo-topics';
import type { SeededRandom } from '@shared/utils/seeded-random';

/** Everything the history builders share: the team, the queues, and the rows built so far. */
export interface World {
  rng: SeededRandom;
  now: Date;
  team: {
    all: AgentRow[];
    l1: AgentRow[];
    l1Dutch: AgentRow[];
    technical: AgentRow[];
    technicalDutch: AgentRow[];
    complaints: AgentRow[];
    supervisor: AgentRow;
  };
  queues: Record<QueueKey, QueueRow>;
  cases: CaseRow[];
  contacts: ContactRow[];
  events: EventRow[];
  /** Counter for the channels' own ids (PBX call id, Message-ID, chat id). */
  sequence: number;
}

export function createWorld(rng: SeededRandom, now: Date, agents: AgentRow[], queues: QueueRow[]): World {
  const byRole = (role: string, skill?: string) =>
    agents.filter((a) => a.role === role && (!skill || a.skills.includes(skill)));
  const supervisor = agents.find((a) => a.role === 'supervisor');
  if (!supervisor) throw new Error('the demo team needs a supervisor');
  return {
    rng,
    now,
    team: {
      all: agents,
      l1: byRole('agent'),
      l1Dutch: byRole('agent', 'dutch'),
      technical: byRole('specialist', 'technical'),
      technicalDutch: byRole('specialist', 'dutch'),
      complaints: byRole('specialist', 'complaints'),
      supervisor,
    },
    queues: Object.fromEntries(queues.map((q) => [q.key, q])) as Record<QueueKey, QueueRow>,
    cases: [],
    contacts: [],
    events: [],
    sequence: 0,
  };
}

export function agentByEmail(world: World, email: string): AgentRow {
  const agent = world.team.all.find((a) => a.email === email);
  if (!agent) throw new Error(`no demo agent ${email}`);
  return agent;
}

/** An L1 agent; Dutch speakers mostly reach the Dutch-speaking agents. */
export function pickL1(world: World, facts: HistoryFacts): AgentRow {
  const pool = facts.language === 'nl' && world.rng.chance(0.85) ? world.team.l1Dutch : world.team.l1;
  return world.rng.pick(pool);
}

/** A specialist for an L2 topic (complaints or technical). */
export function pickL2(world: World, facts: HistoryFacts, topic: Topic): AgentRow {
  if (topic.key === 'complaint') return world.rng.pick(world.team.complaints);
  const pool = facts.language === 'nl' && world.rng.chance(0.7) ? world.team.technicalDutch : world.team.technical;
  return world.rng.pick(pool);
}

/**
 * The queue a contact goes through: e-mails to the e-mail queue; otherwise the topic's queue at
 * the given level when it serves that channel, else reception (the Dutch one for Dutch speakers).
 */
export function queueFor(
  world: World,
  facts: HistoryFacts,
  topic: Topic,
  channel: Channel,
  level: 'L1' | 'L2',
): QueueRow {
  if (channel === 'email') return world.queues.courriels;
  const reception = facts.language === 'nl' ? world.queues.onthaal : world.queues.accueil;
  const wanted =
    level === 'L1' && topic.level === 'L2'
      ? reception
      : topic.queue === 'accueil'
        ? reception
        : world.queues[topic.queue];
  return wanted.channels?.includes(channel) ? wanted : reception;
}

export interface Actor {
  kind: 'agent' | 'customer' | 'system' | 'automation';
  id: string | null;
  name: string | null;
}

export const SYSTEM: Actor = { kind: 'system', id: null, name: null };

/** The agent's name at the time, kept on the event (it never changes if they are renamed). */
export function agentActor(agent: AgentRow): Actor {
  return { kind: 'agent', id: agent.id, name: agent.displayName };
}

export function customerActor(facts: HistoryFacts): Actor {
  return { kind: 'customer', id: facts.customerId, name: facts.displayName };
}

export interface EventSpec {
  at: Date;
  channel: TimelineChannel;
  type: TimelineEventType;
  actor: Actor;
  body?: string | null;
  contactId?: string | null;
  caseId?: string | null;
  payload?: TimelinePayload;
}

export function addEvent(world: World, facts: HistoryFacts, spec: EventSpec): void {
  world.events.push({
    customerId: facts.customerId,
    occurredAt: spec.at,
    channel: spec.channel,
    type: spec.type,
    body: spec.body ?? null,
    contactId: spec.contactId ?? null,
    caseId: spec.caseId ?? null,
    actorKind: spec.actor.kind,
    actorId: spec.actor.id,
    actorName: spec.actor.name,
    payload: spec.payload ?? {},
  });
}

export function frenchDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS_FR[date.getUTCMonth()]}`;
}

/** Fills {date}, {month}, {amount}, {weekday} and {address} in a demo text written at `at` (in Dutch when `dutch`). */
export function fillText(
  world: World,
  template: string,
  at: Date,
  facts: HistoryFacts,
  options: { date?: Date; dutch?: boolean } = {},
): string {
  const rng = world.rng;
  const months = options.dutch ? MONTHS_NL : MONTHS_FR;
  const lastMonth = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - 1, 1));
  const month = months[lastMonth.getUTCMonth()]!;
  const date = options.date ?? addDays(at, rng.int(-12, 10));
  const amount = `${rng.int(12, 189)},${rng.pick(['00', '90', '99', '50', '45'])}`;
  return (
    template
      // French elision: "la facture d’août", "de mars".
      .replace(/\bde \{month\}/g, !options.dutch && /^[ao]/.test(month) ? `d’${month}` : `de ${month}`)
      .replaceAll('{month}', month)
      .replaceAll('{date}', `${date.getUTCDate()} ${months[date.getUTCMonth()]}`)
      .replaceAll('{amount}', amount)
      .replaceAll('{weekday}', WEEKDAYS_FR[addDays(at, -rng.int(1, 3)).getUTCDay()]!)
      .replaceAll('{address}', facts.newAddress ?? 'sa nouvelle adresse')
  );
}
