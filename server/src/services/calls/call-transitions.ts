import type { HangupCause } from '@shared/schemas/cti';
import type { AgentRef } from '../../db/repositories/call-context.repository';
import { callsRepository } from '../../db/repositories/calls.repository';
import type { UnitOfWork } from '../../db/unit-of-work';
import { elapsedSeconds, holdAfterResume, talkSeconds } from '../../domain/calls/call-state';
import type { EventBus } from '../../events/bus';
import { changePresence } from '../presence-change';
import type { CallChange } from './call-change';

const ENDED = new Set(['wrap_up', 'closed', 'missed', 'abandoned']);

export interface TransitionDeps {
  uow: UnitOfWork;
  bus: EventBus;
}

const agentActor = (a: AgentRef) => ({ kind: 'agent' as const, id: a.id, name: a.displayName });

/** Someone picked up. After a hang-up (events out of order), the answer is recorded without reopening the call. */
export async function answer(d: TransitionDeps, change: CallChange, at: Date, agent: AgentRef | null): Promise<void> {
  const { contact } = change.record;
  const chosen = agent ?? null;
  if (ENDED.has(contact.state)) {
    if (contact.answeredAt) return;
    const hold = contact.holdSeconds ?? 0;
    const ended = contact.endedAt ?? at;
    const late = {
      answeredAt: at,
      agentId: contact.agentId ?? chosen?.id ?? null,
      talkSeconds: talkSeconds(at, ended, hold),
    };
    const agentName = contact.agentId ? undefined : (chosen?.displayName ?? null);
    // It was not missed after all: it was answered, and it is over.
    if (contact.state === 'missed') await change.moveTo('closed', { ...late, closedAt: ended }, {}, agentName);
    else await change.update(late, {}, agentName);
    await change.onTimeline('call.answered', at, chosen ? agentActor(chosen) : { kind: 'system' }, { late: true });
    return;
  }
  if (contact.state === 'active' && contact.agentId === (chosen?.id ?? contact.agentId)) return;
  const previous = contact.agentId;
  await change.moveTo(
    'active',
    {
      answeredAt: contact.answeredAt ?? at,
      offeredAt: contact.offeredAt ?? at,
      agentId: chosen?.id ?? previous ?? null,
    },
    { ringingAgentIds: [] },
    chosen ? chosen.displayName : undefined,
  );
  if (chosen) await changePresence(d.uow, d.bus, chosen.id, 'busy');
  // An attended transfer completes when the consulted agent takes the call: the first one is free.
  if (previous && chosen && previous !== chosen.id) await releaseAgent(d, change, previous);
  await change.onTimeline('call.answered', at, chosen ? agentActor(chosen) : { kind: 'system' }, {});
}

export async function hold(change: CallChange, at: Date): Promise<void> {
  const { contact, call } = change.record;
  if (contact.state !== 'active' || call.heldSince) return;
  await change.update({}, { heldSince: at });
  await change.onTimeline('call.held', at, { kind: 'system' }, {});
}

export async function unhold(change: CallChange, at: Date): Promise<void> {
  const { contact, call } = change.record;
  if (!call.heldSince) return;
  await change.update(
    { holdSeconds: holdAfterResume(contact.holdSeconds ?? 0, call.heldSince, at) },
    { heldSince: null },
  );
  await change.onTimeline('call.resumed', at, { kind: 'system' }, { heldSeconds: elapsedSeconds(call.heldSince, at) });
}

/**
 * Blind: the call leaves the agent at once and rings for the target. Consult: the agent stays on
 * the call while the target is consulted; the target's answer completes the transfer.
 */
export async function transfer(
  d: TransitionDeps,
  change: CallChange,
  at: Date,
  input: { transferTo: string; transferType: 'blind' | 'consult'; target: AgentRef | null },
): Promise<void> {
  const { contact } = change.record;
  const from = contact.agentId;
  const fromName = change.record.agentName;
  // A blind transfer reported after the hang-up (events out of order) goes on the timeline without reopening the call.
  const afterHangup = input.transferType === 'blind' && ENDED.has(contact.state);
  if (input.transferType === 'blind' && !afterHangup) {
    await change.moveTo(
      'offered',
      { agentId: null, offeredAt: at },
      { ringingAgentIds: input.target ? [input.target.id] : [] },
      null,
    );
    if (from) await releaseAgent(d, change, from);
  } else if (input.transferType === 'consult' && input.target) {
    await change.update({}, { ringingAgentIds: [input.target.id] });
  }
  if (input.target && !afterHangup) change.ringFor([input.target.id]);
  await change.onTimeline(
    'call.transferred',
    at,
    from ? { kind: 'agent', id: from, name: fromName ?? '' } : { kind: 'system' },
    {
      transferType: input.transferType,
      to: input.target?.displayName ?? input.transferTo,
      fromName: fromName ?? null,
    },
  );
}

/** The call is over: answered calls go to wrap-up, unanswered inbound ones are missed. */
export async function hangup(d: TransitionDeps, change: CallChange, at: Date, cause: HangupCause): Promise<void> {
  const { contact, call } = change.record;
  if (ENDED.has(contact.state)) return;
  const holdSeconds = call.heldSince
    ? holdAfterResume(contact.holdSeconds ?? 0, call.heldSince, at)
    : (contact.holdSeconds ?? 0);
  const common = { endedAt: at, holdSeconds };
  const callChanges = { heldSince: null, cause, ringingAgentIds: [] as string[] };
  const startedAt = contact.queuedAt ?? contact.createdAt;
  if (contact.answeredAt) {
    const talk = talkSeconds(contact.answeredAt, at, holdSeconds);
    const agentId = contact.agentId;
    await change.moveTo(
      agentId ? 'wrap_up' : 'closed',
      { ...common, talkSeconds: talk, ...(agentId ? {} : { closedAt: at }) },
      callChanges,
    );
    if (agentId) await changePresence(d.uow, d.bus, agentId, 'wrap_up');
    const actor = agentId
      ? { kind: 'agent' as const, id: agentId, name: change.record.agentName ?? '' }
      : { kind: 'system' as const };
    await change.onTimeline('call.ended', at, actor, {
      cause,
      direction: contact.direction,
      durationSeconds: talk,
      holdSeconds,
    });
    return;
  }
  if (contact.direction === 'inbound') {
    await change.moveTo('missed', common, callChanges);
    await change.onTimeline(
      'call.missed',
      at,
      { kind: 'system' },
      { cause, waitSeconds: elapsedSeconds(startedAt, at), reason: cause },
    );
    return;
  }
  await change.moveTo('closed', { ...common, closedAt: at }, callChanges);
  if (contact.agentId) await releaseAgent(d, change, contact.agentId);
  await change.onTimeline('call.ended', at, { kind: 'system' }, { cause, direction: 'outbound', answered: false });
}

/** An agent leaves a call: available again unless another call still holds them. */
export async function releaseAgent(d: TransitionDeps, change: CallChange, agentId: string): Promise<void> {
  change.involve(agentId);
  if (!(await callsRepository.agentHasOtherLiveCall(d.uow.tx, agentId, change.record.contact.id))) {
    await changePresence(d.uow, d.bus, agentId, 'available');
  }
}
