import { randomUUID } from 'node:crypto';
import type { Channel } from '@shared/schemas/common';
import type { HistoryFacts } from './demo-model';
import type { AgentRow, QueueRow } from './demo-staff';
import { addMs, businessMomentBetween, HOUR_MS, MINUTE_MS } from './demo-time';
import type { Scenario, Topic } from './demo-topics';
import { addEvent, agentActor, customerActor, fillText, SYSTEM, type World } from './demo-world';

/**
 * One past interaction on one channel, with its lifecycle timestamps, handling times and the
 * timeline events it left (who did what, under the agent's name at the time).
 */
export interface ContactSpec {
  channel: Channel;
  direction: 'inbound' | 'outbound';
  topic: Topic;
  /** The matter's texts: e-mails, chat summary, reply. */
  scenario: Scenario;
  subject: string;
  /** When the customer reached out, or when the agent dialled. */
  at: Date;
  /** Who handled it (for a missed call: who it was offered to; ignored when abandoned). */
  agent: AgentRow;
  queue: QueueRow;
  caseId: string | null;
  outcome: 'closed' | 'missed' | 'abandoned';
  /** The agent's note on the timeline; null for none. */
  note: string | null;
  disposition?: string;
  /** What the customer wrote (an e-mail) or the chat summary, instead of the scenario's. */
  customerText?: string;
  /** The date a text's {date} stands for (default: a few days around the contact). */
  textDate?: Date;
  /** For a callback booked by an agent: when the customer asked to be called. */
  requestedFor?: Date;
  /** For a callback: the agent who booked it with the customer (otherwise the web form did). */
  bookedBy?: AgentRow;
}

export interface RecordedContact {
  id: string;
  /** When the agent picked up (null when nobody did). */
  answeredAt: Date | null;
  endedAt: Date;
  closedAt: Date;
}

const s = (seconds: number) => seconds * 1000;

/** The wait in queue: most contacts are answered within the 20 s target, some are not. */
function waitSeconds(world: World): number {
  return world.rng.weighted([
    [world.rng.int(3, 20), 70],
    [world.rng.int(21, 90), 22],
    [world.rng.int(91, 420), 8],
  ]);
}

function externalId(world: World, channel: Channel, facts: HistoryFacts): string {
  world.sequence += 1;
  const n = String(world.sequence).padStart(6, '0');
  if (channel === 'email') return `<demo-${n}@mail.${facts.language === 'nl' ? 'example.be' : 'example.fr'}>`;
  if (channel === 'chat') return `chat-${n}`;
  return `pbx-${n}`;
}

export function recordContact(world: World, facts: HistoryFacts, spec: ContactSpec): RecordedContact {
  const { rng } = world;
  const id = randomUUID();
  const channel = spec.channel;
  const wait = waitSeconds(world);
  const queuedAt = spec.at;
  let offeredAt: Date | null = addMs(queuedAt, s(wait));
  let answeredAt: Date | null = addMs(offeredAt, s(rng.int(2, 12)));
  let talk = rng.weighted([
    [rng.int(40, 240), 55],
    [rng.int(241, 600), 35],
    [rng.int(601, 1500), 10],
  ]);
  const hold = channel === 'voice' && rng.chance(0.35) ? rng.int(10, 240) : 0;
  const wrap = rng.int(10, 120);
  let requestedFor: Date | null = null;
  if (channel === 'email') {
    // Acknowledged at once; answered within 24 h most of the time (field note 5).
    answeredAt = businessMomentBetween(
      rng,
      addMs(queuedAt, 20 * MINUTE_MS),
      addMs(queuedAt, (rng.chance(0.85) ? 20 : 60) * HOUR_MS),
    );
    offeredAt = addMs(answeredAt, -s(rng.int(5, 60)));
    talk = rng.int(120, 900);
    if (spec.direction === 'outbound') offeredAt = answeredAt = queuedAt;
  } else if (channel === 'callback') {
    requestedFor =
      spec.requestedFor ??
      (spec.bookedBy
        ? businessMomentBetween(rng, addMs(queuedAt, 20 * HOUR_MS), addMs(queuedAt, 50 * HOUR_MS))
        : businessMomentBetween(rng, addMs(queuedAt, HOUR_MS), addMs(queuedAt, 30 * HOUR_MS)));
    offeredAt = addMs(requestedFor, -s(rng.int(0, 90)));
    answeredAt = addMs(requestedFor, s(rng.int(5, 40)));
  } else if (channel === 'chat') {
    talk = rng.int(180, 1500);
  } else if (spec.direction === 'outbound') {
    offeredAt = queuedAt;
    answeredAt = addMs(queuedAt, s(rng.int(5, 25)));
  }
  const missed = spec.outcome !== 'closed';
  if (missed) {
    // Abandoned in queue, or offered to an agent who could not pick up before the caller hung up.
    answeredAt = null;
    if (spec.outcome === 'abandoned') offeredAt = null;
  }
  const endedAt = missed ? addMs(queuedAt, s(wait + rng.int(5, 25))) : addMs(answeredAt!, s(talk + hold));
  const closedAt = missed ? endedAt : addMs(endedAt, s(wrap));
  const agent = spec.outcome === 'abandoned' ? null : spec.agent;
  const disposition = missed ? null : (spec.disposition ?? rng.pick(spec.topic.dispositions));
  world.contacts.push({
    id,
    customerId: facts.customerId,
    caseId: spec.caseId,
    queueId: spec.queue.id,
    agentId: agent?.id ?? null,
    channel,
    direction: spec.direction,
    state: spec.outcome,
    subject: spec.subject,
    externalId: externalId(world, channel, facts),
    priority: spec.queue.priority ?? 0,
    queuedAt,
    offeredAt,
    answeredAt,
    endedAt,
    closedAt,
    talkSeconds: missed ? null : talk,
    holdSeconds: missed ? null : hold,
    wrapUpSeconds: missed ? null : wrap,
    disposition,
    payload: channel === 'email' ? { from: facts.email } : { from: facts.phone, queue: spec.queue.name },
    createdAt: queuedAt,
    updatedAt: closedAt,
  });

  const base = { contactId: id, caseId: spec.caseId };
  const by = agentActor(spec.agent);
  const customer = customerActor(facts);
  const fill = (text: string) => fillText(world, text, queuedAt, facts, { date: spec.textDate });
  if (channel === 'voice') {
    if (missed) {
      addEvent(world, facts, {
        ...base,
        at: endedAt,
        channel,
        type: 'call.missed',
        actor: SYSTEM,
        body: spec.subject,
        payload: {
          reason: spec.outcome === 'abandoned' ? 'abandoned' : 'no_answer',
          waitSeconds: wait,
          queue: spec.queue.name,
          from: facts.phone,
          offeredTo: agent?.displayName ?? null,
        },
      });
      return { id, answeredAt, endedAt, closedAt };
    }
    if (spec.direction === 'inbound') {
      addEvent(world, facts, {
        ...base,
        at: queuedAt,
        channel,
        type: 'call.received',
        actor: customer,
        payload: { from: facts.phone, queue: spec.queue.name },
      });
    } else {
      addEvent(world, facts, {
        ...base,
        at: queuedAt,
        channel,
        type: 'call.placed',
        actor: by,
        payload: { to: facts.phone },
      });
    }
    addEvent(world, facts, {
      ...base,
      at: endedAt,
      channel,
      type: 'call.ended',
      actor: by,
      body: spec.subject,
      payload: { direction: spec.direction, durationSeconds: talk + hold, holdSeconds: hold, disposition },
    });
  } else if (channel === 'email') {
    const nl = facts.language === 'nl';
    const subject = nl ? spec.scenario.subjectNl : spec.subject;
    if (spec.direction === 'inbound') {
      addEvent(world, facts, {
        ...base,
        at: queuedAt,
        channel,
        type: 'email.received',
        actor: customer,
        body: fillText(
          world,
          spec.customerText ?? (nl ? spec.scenario.emailNl : spec.scenario.emailFr),
          queuedAt,
          facts,
          { dutch: nl, date: spec.textDate },
        ),
        payload: { subject, from: facts.email },
      });
    }
    addEvent(world, facts, {
      ...base,
      at: endedAt,
      channel,
      type: 'email.sent',
      actor: by,
      body: fill(spec.scenario.reply),
      payload: { subject: spec.direction === 'inbound' ? `RE: ${subject}` : spec.subject, to: facts.email },
    });
  } else if (channel === 'chat') {
    addEvent(world, facts, {
      ...base,
      at: queuedAt,
      channel,
      type: 'chat.started',
      actor: customer,
      body: spec.subject,
      payload: { queue: spec.queue.name },
    });
    addEvent(world, facts, {
      ...base,
      at: endedAt,
      channel,
      type: 'chat.ended',
      actor: by,
      body: fill(spec.customerText ?? spec.scenario.chat),
      payload: { messageCount: Math.round(talk / 50) + rng.int(4, 10) },
    });
  } else {
    addEvent(world, facts, {
      ...base,
      at: queuedAt,
      channel,
      type: 'callback.requested',
      actor: spec.bookedBy ? agentActor(spec.bookedBy) : customer,
      body: spec.subject,
      payload: {
        requestedFor: requestedFor!.toISOString(),
        phone: facts.phone,
        source: spec.bookedBy ? 'agent' : 'web',
      },
    });
    addEvent(world, facts, {
      ...base,
      at: endedAt,
      channel,
      type: 'callback.completed',
      actor: by,
      body: spec.subject,
      payload: { durationSeconds: talk + hold, disposition },
    });
  }
  if (spec.note) {
    addEvent(world, facts, {
      ...base,
      at: addMs(endedAt, s(rng.int(5, Math.max(6, wrap - 2)))),
      channel: 'note',
      type: 'note.added',
      actor: by,
      body: fill(spec.note),
    });
  }
  return { id, answeredAt, endedAt, closedAt };
}
