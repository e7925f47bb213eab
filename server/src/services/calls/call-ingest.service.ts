import type { CallSignal, CallSignalSink, IngestOutcome } from '../../channels/cti/call-signal';
import type { Db } from '../../db/store';
import { findCallContext } from '../../db/repositories/call-context.repository';
import { callEventsRepository } from '../../db/repositories/call-events.repository';
import { callsRepository, type CallRecord } from '../../db/repositories/calls.repository';
import { createContact } from '../../db/repositories/contact-lifecycle.repository';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import type { EventBus } from '../../events/bus';
import { isUniqueViolation } from '../../db/sql-results';
import type { PhoneSettings } from '../customer-search.service';
import type { TimelineService } from '../timeline.service';
import { agentIdentifiers, rankAgents, resolveAgents } from './agent-resolution';
import { CallChange } from './call-change';
import { identify, identifyCaller, readCallerNumber } from './caller-identification';
import { answer, hangup, hold, transfer, unhold } from './call-transitions';
import { eventTime } from '../../domain/calls/call-state';

const ONCE_PER_CALL = new Set(['newCall', 'hangup']);

/**
 * How a retry is told from a new event: newCall and hangup happen once per call; an answer once per
 * answering party (a transferred call is answered again); hold, unhold and transfer repeat, so
 * they need the PBX's timestamp or event id.
 */
function dedupeKeyOf(signal: CallSignal, at: Date): string {
  if (ONCE_PER_CALL.has(signal.event)) return '-';
  if (signal.event === 'answer') return `by:${[signal.answeringNumber ?? '', ...signal.users].join(',')}`;
  return signal.dedupeKey ?? at.toISOString();
}

export interface CallIngestDeps {
  db: Db;
  bus: EventBus;
  timeline: TimelineService;
  phone: PhoneSettings;
  now?: () => Date;
}

/**
 * Turns PBX signals into calls: each one is stored (idempotently) and applied in the same
 * transaction, so an accepted event is never lost and a retried one changes nothing.
 */
export function createCallIngestService(deps: CallIngestDeps): CallSignalSink {
  const now = deps.now ?? (() => new Date());

  /** A call the PBX never announced (its newCall was lost or comes later): recorded all the same. */
  async function createCall(
    uow: UnitOfWork,
    signal: CallSignal,
    at: Date,
  ): Promise<{ record: CallRecord; blocked: boolean; ringing: string[]; customerName: string | null }> {
    const announced = signal.event === 'newCall' ? signal : null;
    const direction = announced?.direction === 'out' ? 'outbound' : 'inbound';
    const partyRaw = announced ? (direction === 'inbound' ? announced.from : announced.to) : '';
    const line = announced ? (direction === 'inbound' ? announced.to : announced.from) : null;
    // One round trip: who calls, whether they are blocked, and who the PBX rings.
    const number = partyRaw ? readCallerNumber(partyRaw, deps.phone) : null;
    const agentIds = announced ? agentIdentifiers(announced.users, deps.phone) : { texts: [], e164s: [] };
    const context =
      number || agentIds.texts.length
        ? await findCallContext(uow.tx, {
            phones: number?.candidates ?? [],
            blockKeys: number?.blockKeys ?? [],
            agentTexts: agentIds.texts,
            agentPhones: agentIds.e164s,
          })
        : { customers: [], blocked: false, agents: [] };
    const caller = number
      ? identify(number, context.customers)
      : { raw: '', e164: null, status: 'unknown' as const, customerIds: [], customerName: null };
    const blocked = announced !== null && direction === 'inbound' && context.blocked;
    const agents = announced && !blocked ? rankAgents(context.agents, agentIds) : [];
    const dialler = direction === 'outbound' ? (agents[0] ?? null) : null;
    const contact = await createContact(uow.tx, {
      channel: 'voice',
      direction,
      state: blocked ? 'closed' : agents.length ? 'offered' : 'queued',
      customerId: caller.status === 'known' ? caller.customerIds[0]! : null,
      agentId: dialler?.id ?? null,
      externalId: signal.callId,
      queuedAt: at,
      offeredAt: agents.length ? at : null,
      ...(blocked ? { endedAt: at, closedAt: at } : {}),
      payload: blocked ? { blocked: true } : {},
    });
    const call = await callsRepository.insert(uow.tx, {
      contactId: contact.id,
      pbxId: signal.pbxId,
      pbxCallId: signal.callId,
      partyRaw: caller.raw,
      partyE164: caller.e164,
      callerStatus: caller.status,
      line,
      queueName: announced?.queue ?? null,
      candidateCustomerIds: caller.customerIds,
      ringingAgentIds: direction === 'inbound' ? agents.map((a) => a.id) : [],
      ...(blocked ? { cause: 'busy' } : {}),
    });
    return {
      record: { contact, call, agentName: dialler?.displayName ?? null },
      blocked,
      ringing: agents.map((a) => a.id),
      customerName: caller.customerName,
    };
  }

  async function apply(signal: CallSignal): Promise<IngestOutcome> {
    const at = eventTime(signal.at, now());
    const dedupeKey = dedupeKeyOf(signal, at);
    return inTransaction(deps.db, async (uow) => {
      const { fresh, existingContactId } = await callEventsRepository.insertOnce(uow.tx, {
        pbxId: signal.pbxId,
        pbxCallId: signal.callId,
        event: signal.event,
        dedupeKey,
        occurredAt: signal.at,
        // A plain copy: adapters may hand over prototype-less records (AMI), which the driver refuses.
        body: { ...signal.raw },
      });
      if (!fresh) return { status: 'duplicate', contactId: existingContactId };
      // Events of one call apply one after another: the call's row is locked until commit.
      const existing = existingContactId
        ? await callsRepository.findByContactId(uow.tx, existingContactId, true)
        : null;

      const t = { uow, bus: deps.bus };
      if (!existing) {
        const created = await createCall(uow, signal, at);
        const change = new CallChange(uow, deps, created.record);
        if (created.blocked) {
          change.announce();
          return { status: 'rejected', reason: 'busy' };
        }
        if (signal.event === 'newCall') {
          change.ringFor(created.ringing);
          const placed = created.record.contact.direction === 'outbound';
          await change.onTimeline(
            placed ? 'call.placed' : 'call.received',
            at,
            placed && created.record.contact.agentId
              ? { kind: 'agent', id: created.record.contact.agentId, name: created.record.agentName ?? '' }
              : { kind: 'customer', ...(created.customerName ? { name: created.customerName } : {}) },
            { from: signal.from, to: signal.to, queue: signal.queue, direction: placed ? 'outbound' : 'inbound' },
          );
          change.announce();
          return { status: 'accepted', contactId: created.record.contact.id };
        }
        await dispatch(t, change, signal, at);
        return { status: 'accepted', contactId: change.record.contact.id };
      }
      const change = new CallChange(uow, deps, existing);
      if (signal.event === 'newCall') {
        // The call was already known from a later event that overtook this one: fill in the caller.
        if (!existing.call.partyRaw) {
          const raw = signal.direction === 'out' ? signal.to : signal.from;
          const caller = await identifyCaller(uow.tx, raw, deps.phone);
          await change.update(
            {
              customerId: existing.contact.customerId ?? (caller.status === 'known' ? caller.customerIds[0]! : null),
              direction: signal.direction === 'out' ? 'outbound' : 'inbound',
              queuedAt: at,
            },
            {
              partyRaw: caller.raw,
              partyE164: caller.e164,
              callerStatus: caller.status,
              candidateCustomerIds: caller.customerIds,
              line: signal.direction === 'out' ? signal.from : signal.to,
              queueName: signal.queue,
            },
          );
        }
        change.announce();
        return { status: 'accepted', contactId: existing.contact.id };
      }
      await dispatch(t, change, signal, at);
      return { status: 'accepted', contactId: existing.contact.id };
    });
  }

  async function dispatch(
    t: { uow: UnitOfWork; bus: EventBus },
    change: CallChange,
    signal: CallSignal,
    at: Date,
  ): Promise<void> {
    switch (signal.event) {
      case 'answer': {
        const [agent] = await resolveAgents(t.uow.tx, [signal.answeringNumber, ...signal.users], deps.phone);
        await answer(t, change, at, agent ?? null);
        break;
      }
      case 'hold':
        await hold(change, at);
        break;
      case 'unhold':
        await unhold(change, at);
        break;
      case 'transfer': {
        const [target] = await resolveAgents(t.uow.tx, [signal.transferTo], deps.phone);
        await transfer(t, change, at, {
          transferTo: signal.transferTo,
          transferType: signal.transferType,
          target: target ?? null,
        });
        break;
      }
      case 'hangup':
        await hangup(t, change, at, signal.cause);
        break;
      case 'newCall':
        break;
    }
    change.announce();
  }

  return {
    async ingest(signal) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await apply(signal);
        } catch (error) {
          // Two first events of one call raced to create it: the retry finds the call.
          if (attempt < 3 && isUniqueViolation(error)) continue;
          throw error;
        }
      }
    },
  };
}
