import { AppError, notFound } from '../../errors';
import type { Db } from '../../db/store';
import { casesRepository } from '../../db/repositories/cases.repository';
import { createContact } from '../../db/repositories/contact-lifecycle.repository';
import { contactsRepository } from '../../db/repositories/contacts.repository';
import { queuesRepository, type QueueRow } from '../../db/repositories/queues.repository';
import { loadCandidates, type CandidateRow } from '../../db/repositories/routing.repository';
import { queueStatsRepository } from '../../db/repositories/queue-stats.repository';
import type { UnitOfWork } from '../../db/unit-of-work';
import {
  arrivalOutcome,
  estimateWaitSeconds,
  queueOpenState,
  type AfterHoursAction,
} from '../../domain/routing/queue-status';
import { orderWaitingContacts } from '../../domain/routing/queue-order';
import { capacityChannelOf, isEligible, type RoutedChannel } from '../../domain/routing/routing-choice';
import type { EventBus } from '../../events/bus';

export interface EnqueueInput {
  channel: RoutedChannel;
  queueId: string;
  customerId: string | null;
  caseId?: string | null;
  subject?: string | null;
  externalId?: string | null;
  payload?: Record<string, unknown>;
  /** Offered to this agent alone during the grace time (a callback booked with them). Defaults to the case's owner. */
  preferredAgentId?: string | null;
  /** Not offered before this time (a callback booked for later). */
  notBefore?: Date | null;
  priority?: number;
}

export type EnqueueResult =
  | { kind: 'queued'; contactId: string; opensAt: Date | null }
  | { kind: 'closed'; action: 'callback' | 'message'; nextOpening: Date | null };

export interface QueueAvailability {
  open: boolean;
  nextOpening: string | null;
  afterHoursAction: AfterHoursAction;
  /** Signed-in agents (available or busy) with the queue's skills and a seat on the channel. */
  agentsAble: { voice: number; chat: number; email: number };
  waiting: number;
}

/** Signed-in agents with the queue's skills and at least one seat on that channel (busy or not). */
function ableAgents(
  candidates: readonly CandidateRow[],
  queue: QueueRow,
  seat: 'voice' | 'chat' | 'email',
): CandidateRow[] {
  return candidates.filter((a) => a.capacity[seat] > 0 && queue.requiredSkills.every((s) => a.skills.includes(s)));
}

/**
 * Puts contacts into queues for the routing engine: business hours and the queue's out-of-hours
 * action decide whether a contact waits, and the case owner is asked first for a grace time.
 */
export function createContactQueueService(deps: { db: Db; bus: EventBus; ownerGraceMs: number; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  async function queueOrFail(db: Db | UnitOfWork['tx'], queueId: string): Promise<QueueRow> {
    const queue = await queuesRepository.findById(db, queueId);
    if (!queue) throw notFound('queue_not_found');
    return queue;
  }

  return {
    async enqueue(uow: UnitOfWork, input: EnqueueInput): Promise<EnqueueResult> {
      const queue = await queueOrFail(uow.tx, input.queueId);
      if (!queue.channels.includes(input.channel)) {
        throw new AppError('queue_channel_mismatch', `the queue ${queue.name} does not take ${input.channel}`, [
          { path: 'queueId', message: `this queue does not take ${input.channel}` },
        ]);
      }
      const at = now();
      const outcome = arrivalOutcome(queue, at);
      if (outcome.kind === 'redirect')
        return { kind: 'closed', action: outcome.action, nextOpening: outcome.nextOpening };

      let preferredAgentId = input.preferredAgentId ?? null;
      if (!preferredAgentId && input.caseId) {
        preferredAgentId = await casesRepository.ownerAgentOf(uow.tx, input.caseId);
      }
      // The grace time runs from when the contact can first be offered (the opening, a booked time).
      const offerableFrom = new Date(
        Math.max(
          at.getTime(),
          input.notBefore?.getTime() ?? 0,
          outcome.kind === 'wait-for-opening' ? (outcome.nextOpening?.getTime() ?? 0) : 0,
        ),
      );
      const contact = await createContact(uow.tx, {
        channel: input.channel,
        queueId: queue.id,
        customerId: input.customerId,
        caseId: input.caseId ?? null,
        subject: input.subject ?? null,
        externalId: input.externalId ?? null,
        payload: input.payload ?? {},
        priority: input.priority ?? 0,
        state: 'queued',
        queuedAt: at,
        notBefore: input.notBefore ?? null,
        preferredAgentId,
        preferredUntil: preferredAgentId ? new Date(offerableFrom.getTime() + deps.ownerGraceMs) : null,
      });
      uow.afterCommit(() => deps.bus.emit('queue.changed', { queueIds: [queue.id] }));
      return {
        kind: 'queued',
        contactId: contact.id,
        opensAt: outcome.kind === 'wait-for-opening' ? outcome.nextOpening : null,
      };
    },

    /** What a customer about to contact the queue is told: open or not, and whether anyone can answer. */
    async availability(queueId: string): Promise<QueueAvailability> {
      const queue = await queueOrFail(deps.db, queueId);
      const state = queueOpenState(queue, now());
      const candidates = await loadCandidates(deps.db);
      const able = (channel: 'voice' | 'chat' | 'email') =>
        queue.channels.some((c) => capacityChannelOf(c as RoutedChannel) === channel)
          ? ableAgents(candidates, queue, channel).length
          : 0;
      const waiting = (await queueStatsRepository.waitingIn(deps.db, queueId)).length;
      return {
        open: state.open,
        nextOpening: state.nextOpening?.toISOString() ?? null,
        afterHoursAction: queue.afterHoursAction,
        agentsAble: { voice: able('voice'), chat: able('chat'), email: able('email') },
        waiting,
      };
    },

    /** A waiting contact's place in its queue (1 = next), and a rough estimate of the wait. */
    async position(
      contactId: string,
    ): Promise<{ position: number; waiting: number; estimatedWaitSeconds: number | null } | null> {
      const contact = await contactsRepository.findById(deps.db, contactId);
      if (contact?.state !== 'queued' || !contact.queueId) return null;
      const queue = await queueOrFail(deps.db, contact.queueId);
      const waiting = await queueStatsRepository.waitingIn(deps.db, queue.id);
      const ordered = orderWaitingContacts(
        waiting.map((w) => ({
          ...w,
          queuePriority: queue.priority,
          contactPriority: w.priority,
          waitingSince: w.queuedAt,
        })),
        now(),
      );
      const position = ordered.findIndex((w) => w.id === contactId) + 1;
      if (position === 0) return null;
      const channel = contact.channel as RoutedChannel;
      const seat = capacityChannelOf(channel);
      const able = ableAgents(await loadCandidates(deps.db), queue, seat);
      const route = {
        channel,
        requiredSkills: queue.requiredSkills,
        preferredAgentId: null,
        preferredUntil: null,
        declinedBy: [],
      };
      const freeSeats = able
        .filter((a) => isEligible(route, { ...a, presence: a.presence as 'available', idleSince: a.presenceChangedAt }))
        .reduce((sum, a) => sum + (a.capacity[seat] - a.load[seat]), 0);
      const estimatedWaitSeconds = estimateWaitSeconds({
        position,
        seats: able.reduce((sum, a) => sum + a.capacity[seat], 0),
        freeSeats,
        averageHandleSeconds: await queueStatsRepository.averageHandleSeconds(deps.db, queue.id, contact.channel),
      });
      return { position, waiting: ordered.length, estimatedWaitSeconds };
    },

    /** Contacts waiting per queue, for the desks' and supervisors' queue strip. */
    async depths(queueIds?: readonly string[]) {
      const rows = await queueStatsRepository.depths(deps.db, queueIds);
      return rows.map((r) => ({
        queueId: r.queueId,
        queueName: r.queueName,
        waiting: r.waiting,
        oldestWaitingSince: r.oldestWaitingSince?.toISOString() ?? null,
      }));
    },
  };
}

export type ContactQueueService = ReturnType<typeof createContactQueueService>;
