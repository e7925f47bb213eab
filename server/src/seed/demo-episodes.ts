import { randomUUID } from 'node:crypto';
import type { Channel } from '@shared/schemas/common';
import { closeCase, leaveOpen, openCase, takeCase, transferCase } from './demo-cases';
import { recordContact, type RecordedContact } from './demo-contacts';
import type { CaseRow, HistoryFacts } from './demo-model';
import type { AgentRow, QueueRow } from './demo-staff';
import { addDays, addMs, businessMomentBetween, HOUR_MS, MINUTE_MS } from './demo-time';
import { TRANSFER_REASONS, type Scenario, type Topic } from './demo-topics';
import { fillText, pickL1, pickL2, queueFor, type World } from './demo-world';

/** Episodes: what happens when a customer gets in touch about one thing, over one or more contacts. */

/** How the customer gets in touch, among the channels they can use. */
export function chooseChannel(world: World, facts: HistoryFacts): Channel {
  const options: [Channel, number][] = [['chat', 18]];
  if (facts.phone) options.push(['voice', 50], ['callback', 12]);
  if (facts.email) options.push(['email', 20]);
  return world.rng.weighted(options);
}

/**
 * E-mails are answered within a day or two and callbacks happen up to a day later: a contact that
 * started in the last three days goes by phone (or chat) so nothing in the history ends in the future.
 */
function settledChannel(world: World, facts: HistoryFacts, at: Date, channel: Channel): Channel {
  if ((channel === 'email' || channel === 'callback') && at.getTime() > addDays(world.now, -3).getTime()) {
    return facts.phone ? 'voice' : 'chat';
  }
  return channel;
}

/** The queue and agent for a first contact: L1 handles it, L2 topics come in through reception. */
function firstLine(
  world: World,
  facts: HistoryFacts,
  topic: Topic,
  channel: Channel,
): { agent: AgentRow; queue: QueueRow } {
  return { agent: pickL1(world, facts), queue: queueFor(world, facts, topic, channel, 'L1') };
}

const PROGRESS_NOTE = 'Point d’étape : suivi en cours, prochain contact convenu.';

function maybeNote(world: World, note: string, chance: number): string | null {
  return world.rng.chance(chance) ? note : null;
}

/**
 * A single contact with no case. A call may first be abandoned or missed, then the customer calls
 * again a little later. Returns the last contact.
 */
export function plainEpisode(
  world: World,
  facts: HistoryFacts,
  at: Date,
  topic: Topic,
  options: { channel?: Channel; note?: string; textDate?: Date } = {},
): RecordedContact {
  const { rng } = world;
  const channel = settledChannel(world, facts, at, options.channel ?? chooseChannel(world, facts));
  const scenario = rng.pick(topic.scenarios);
  const subject = scenario.subject;
  const texts = { topic, scenario, subject, textDate: options.textDate };
  let { agent, queue } = firstLine(world, facts, topic, channel);
  // Some technical questions go straight to the specialists' queue (a callback or a call routed there).
  if (topic.level === 'L2' && channel !== 'email' && rng.chance(0.3)) {
    agent = pickL2(world, facts, topic);
    queue = queueFor(world, facts, topic, channel, 'L2');
  }
  let start = at;
  if (channel === 'voice' && rng.chance(0.1)) {
    const outcome = rng.chance(0.7) ? 'abandoned' : 'missed';
    const lost = recordContact(world, facts, {
      ...texts,
      channel,
      direction: 'inbound',
      at,
      agent: pickL1(world, facts),
      queue,
      caseId: null,
      outcome,
      note: null,
    });
    start = addMs(lost.endedAt, rng.int(5, 90) * MINUTE_MS);
  }
  return recordContact(world, facts, {
    ...texts,
    channel,
    direction: 'inbound',
    at: start,
    agent,
    queue,
    caseId: null,
    outcome: 'closed',
    note: options.note ?? maybeNote(world, scenario.note, 0.45),
  });
}

export interface CaseEpisodeOptions {
  /** Leave the case open (or pending) at the end, with a due time; otherwise it is closed. */
  open: boolean;
  subject?: string;
  channel?: Channel;
  firstAgent?: AgentRow;
  /** The matter (default: one of the topic's). */
  scenario?: Scenario;
  /** The first note (what the customer said; default: the scenario's). */
  note?: string;
  /** For an L2 topic: who the case is transferred to (otherwise a specialist or the L2 queue). */
  transferTo?: AgentRow | QueueRow;
  /** Who follows the case up (default: the specialist, or the L1 agent). */
  handler?: AgentRow;
  /** The transfer's reason (otherwise one that fits the topic). */
  reason?: string;
  followUps?: number;
}

function followUpChannel(world: World, facts: HistoryFacts): { channel: Channel; direction: 'inbound' | 'outbound' } {
  if (!facts.phone) return { channel: 'email', direction: 'outbound' };
  return world.rng.weighted<{ channel: Channel; direction: 'inbound' | 'outbound' }>([
    [{ channel: 'callback', direction: 'outbound' }, 40],
    [{ channel: 'voice', direction: 'outbound' }, 40],
    [{ channel: facts.email ? 'email' : 'voice', direction: 'outbound' }, 20],
  ]);
}

/**
 * A case: opened on a first contact by an L1 agent, transferred to level 2 when the topic needs it
 * (with the context packet), followed up, then closed, or left open with an owner and a due time.
 */
export function caseEpisode(
  world: World,
  facts: HistoryFacts,
  at: Date,
  topic: Topic,
  options: CaseEpisodeOptions,
): CaseRow {
  const { rng, now } = world;
  const channel = settledChannel(world, facts, at, options.channel ?? chooseChannel(world, facts));
  const line = firstLine(world, facts, topic, channel);
  const l1 = options.firstAgent ?? line.agent;
  const scenario = options.scenario ?? rng.pick(topic.scenarios);
  const subject = options.subject ?? scenario.subject;
  const caseId = randomUUID();
  const toL2 = topic.level === 'L2';
  // Filled once: the note and the transfer's context packet tell the same story.
  const firstNote = fillText(world, options.note ?? scenario.note, at, facts);
  const first = recordContact(world, facts, {
    channel,
    direction: 'inbound',
    topic,
    scenario,
    subject,
    at,
    agent: l1,
    queue: line.queue,
    caseId,
    outcome: 'closed',
    note: firstNote,
    disposition: toL2 ? 'transferred' : 'follow_up',
  });
  // Opened during the contact, once the agent understood the matter.
  const openedAt = Math.max(
    first.endedAt.getTime() - rng.int(20, 90) * 1000,
    (first.answeredAt ?? at).getTime() + 15_000,
  );
  const row = openCase(world, facts, {
    id: caseId,
    topic,
    subject,
    at: new Date(Math.min(openedAt, first.endedAt.getTime())),
    by: l1,
    contactId: first.id,
  });

  let handler = l1;
  if (toL2) {
    const specialist = options.handler ?? pickL2(world, facts, topic);
    const toQueue = rng.chance(0.35);
    const to = options.transferTo ?? (toQueue ? world.queues[topic.queue] : specialist);
    const reason =
      options.reason ??
      (topic.key === 'complaint'
        ? TRANSFER_REASONS[1]!
        : rng.pick([TRANSFER_REASONS[0]!, TRANSFER_REASONS[4]!, TRANSFER_REASONS[3]!]));
    transferCase(world, facts, row, {
      at: addMs(first.endedAt, rng.int(10, 60) * 1000),
      from: l1,
      to,
      reason,
      summary: `Contexte : ${firstNote}`,
      contactId: first.id,
    });
    handler = specialist;
  }

  // Follow-ups: by the specialist after a transfer, or by the same L1 agent who promised to call back.
  const drawn = toL2
    ? rng.weighted([
        [1, 60],
        [2, 30],
        [3, 10],
      ])
    : rng.weighted([
        [0, 45],
        [1, 45],
        [2, 10],
      ]);
  const followUps = options.followUps ?? drawn;
  let last = first;
  let lastAgent = l1;
  const latest = addMs(now, -3 * HOUR_MS);
  for (let i = 0; i < followUps; i += 1) {
    const from = addMs(last.closedAt, 2 * HOUR_MS);
    const when = businessMomentBetween(rng, from, addDays(from, rng.int(1, 4)));
    if (when.getTime() > latest.getTime()) break;
    const { channel: next, direction } = followUpChannel(world, facts);
    if (row.ownerQueueId) takeCase(row, handler, when);
    // A callback is booked with the customer at the end of the previous contact ("telephone appointment").
    const booked = next === 'callback';
    last = recordContact(world, facts, {
      channel: next,
      direction,
      topic,
      scenario,
      subject,
      caseId,
      at: booked ? addMs(last.endedAt, rng.int(5, 40) * 1000) : when,
      requestedFor: booked ? when : undefined,
      bookedBy: booked ? lastAgent : undefined,
      agent: handler,
      queue: queueFor(world, facts, topic, next, toL2 ? 'L2' : 'L1'),
      // The outcome is written down on the last follow-up; earlier ones are progress points.
      outcome: 'closed',
      note: i === followUps - 1 ? maybeNote(world, scenario.followUp, 0.8) : maybeNote(world, PROGRESS_NOTE, 0.4),
    });
    lastAgent = handler;
  }

  if (!options.open) {
    const resolution =
      topic.key === 'complaint'
        ? rng.pick(['goodwill_gesture', 'refund', 'explanation_sent'])
        : rng.pick(['resolved', 'resolved', 'information_given']);
    closeCase(world, facts, row, { at: last.closedAt, by: handler, resolution });
    return row;
  }
  // About a third of open cases are overdue: a supervisor must see them (field note 4).
  const dueInHours = rng.weighted([
    [-rng.int(2, 72), 33],
    [rng.int(2, 144), 67],
  ]);
  const dueAt = new Date(
    Math.max(addMs(now, dueInHours * HOUR_MS).getTime(), addMs(row.createdAt as Date, 2 * HOUR_MS).getTime()),
  );
  leaveOpen(row, { status: rng.chance(0.35) ? 'pending' : 'open', dueAt });
  return row;
}
