import type { Agent } from '@shared/schemas/agent';
import type { CallPop, CallView, Disposition } from '@shared/schemas/call';
import { AppError, notFound } from '../../errors';
import type { Db } from '../../db/store';
import { callsRepository, type CallRecord } from '../../db/repositories/calls.repository';
import { customersRepository } from '../../db/repositories/customers.repository';
import { dispositionsRepository } from '../../db/repositories/dispositions.repository';
import { inTransaction, type UnitOfWork } from '../../db/unit-of-work';
import { elapsedSeconds } from '../../domain/calls/call-state';
import type { EventBus } from '../../events/bus';
import type { TimelineService } from '../timeline.service';
import { CallChange } from './call-change';
import type { CallPopService } from './call-pop.service';
import { releaseAgent } from './call-transitions';
import { toCallView } from './call-view';

export interface CallDeskDeps {
  db: Db;
  bus: EventBus;
  timeline: TimelineService;
  pops: CallPopService;
  now?: () => Date;
}

const SUPERVISING = new Set(['supervisor', 'admin']);

/** What agents do with calls on their desk: see them, wrap them up, link them, deal with missed ones. */
export function createCallDeskService(deps: CallDeskDeps) {
  const now = deps.now ?? (() => new Date());

  async function lockedCall(uow: UnitOfWork, contactId: string): Promise<CallRecord> {
    const record = await callsRepository.findByContactId(uow.tx, contactId, true);
    if (!record) throw notFound('call_not_found');
    return record;
  }

  /** Closes a call in wrap-up: disposition, note, handle time; the agent is free again. */
  async function finishWrapUp(
    uow: UnitOfWork,
    record: CallRecord,
    by: { id: string; name: string } | null,
    disposition: string | null,
    note: string | null,
    automatic: boolean,
  ) {
    const change = new CallChange(uow, deps, record);
    const at = now();
    const { contact } = record;
    const wrapUpSeconds = contact.endedAt ? elapsedSeconds(contact.endedAt, at) : 0;
    await change.moveTo('closed', { closedAt: at, disposition, wrapUpSeconds });
    const handleSeconds = (contact.talkSeconds ?? 0) + (contact.holdSeconds ?? 0) + wrapUpSeconds;
    await change.onTimeline(
      'call.wrapped_up',
      at,
      by ? { kind: 'agent', ...by } : { kind: 'system' },
      {
        disposition,
        talkSeconds: contact.talkSeconds ?? 0,
        holdSeconds: contact.holdSeconds ?? 0,
        wrapUpSeconds,
        handleSeconds,
        automatic,
      },
      note,
    );
    if (contact.agentId) await releaseAgent({ uow, bus: deps.bus }, change, contact.agentId);
    change.announce();
    return change.record;
  }

  return {
    /** My live calls with their pops: on load and after a reconnect, the desk is as it was. */
    async mine(agentId: string): Promise<CallPop[]> {
      const records = await callsRepository.mineLive(deps.db, agentId);
      return Promise.all(records.map((r) => deps.pops.popFor(toCallView(r))));
    },

    async missed(limit = 50): Promise<CallView[]> {
      return (await callsRepository.missedUnhandled(deps.db, limit)).map(toCallView);
    },

    dispositions(): Promise<Disposition[]> {
      return dispositionsRepository.listActive(deps.db);
    },

    async wrapUp(actor: Agent, contactId: string, input: { disposition: string; note?: string }): Promise<CallView> {
      return inTransaction(deps.db, async (uow) => {
        const record = await lockedCall(uow, contactId);
        if (record.contact.state !== 'wrap_up')
          throw new AppError('call_not_in_wrap_up', 'this call is not in wrap-up');
        if (record.contact.agentId !== actor.id && !SUPERVISING.has(actor.role))
          throw new AppError('call_wrap_up_not_yours', 'only the agent who took the call can wrap it up');
        if (!(await dispositionsRepository.isActive(uow.tx, input.disposition))) {
          throw new AppError('disposition_unknown', 'unknown disposition', [
            { path: 'disposition', message: 'not one of the configured dispositions' },
          ]);
        }
        return toCallView(
          await finishWrapUp(
            uow,
            record,
            { id: actor.id, name: actor.displayName },
            input.disposition,
            input.note || null,
            false,
          ),
        );
      });
    },

    /** Wrap-ups left open longer than allowed are closed, so nobody stays unavailable by mistake. */
    async closeExpiredWrapUps(maxSeconds: number): Promise<number> {
      if (maxSeconds <= 0) return 0;
      const expired = await callsRepository.wrapUpsOlderThan(deps.db, new Date(now().getTime() - maxSeconds * 1000));
      let closed = 0;
      for (const candidate of expired) {
        await inTransaction(deps.db, async (uow) => {
          const record = await lockedCall(uow, candidate.contact.id);
          if (record.contact.state !== 'wrap_up') return; // another process got there first
          await finishWrapUp(uow, record, null, null, null, true);
          closed += 1;
        });
      }
      return closed;
    },

    /** The agent says who is calling: a candidate, or an existing customer for an unknown number. */
    async link(actor: Agent, contactId: string, customerId: string): Promise<CallView> {
      return inTransaction(deps.db, async (uow) => {
        const record = await lockedCall(uow, contactId);
        if (!(await customersRepository.exists(uow.tx, customerId))) throw notFound('customer_not_found');
        const change = new CallChange(uow, deps, record);
        change.involve(actor.id);
        await change.update({ customerId }, { callerStatus: 'known' });
        const { contact, call } = change.record;
        const startedAt = contact.queuedAt ?? contact.createdAt;
        await change.onTimeline(
          contact.direction === 'outbound' ? 'call.placed' : 'call.received',
          startedAt,
          { kind: 'customer' },
          {
            from: call.partyRaw,
            to: call.line,
            direction: contact.direction,
            linkedBy: actor.displayName,
          },
        );
        if (contact.state === 'missed')
          await change.onTimeline('call.missed', contact.endedAt ?? now(), { kind: 'system' }, { cause: call.cause });
        change.announce();
        return toCallView(change.record);
      });
    },

    /** Someone dealt with a missed call (called back, or left a note): it leaves the list. */
    async handleMissed(actor: Agent, contactId: string, note?: string): Promise<CallView> {
      return inTransaction(deps.db, async (uow) => {
        const record = await lockedCall(uow, contactId);
        if (record.contact.state !== 'missed') throw new AppError('call_not_missed', 'this call was not missed');
        if (record.call.handledAt) return toCallView(record);
        const change = new CallChange(uow, deps, record);
        change.involve(actor.id);
        await change.update({}, { handledAt: now(), handledBy: actor.id });
        if (note) {
          await change.onTimeline(
            'note.added',
            now(),
            { kind: 'agent', id: actor.id, name: actor.displayName },
            { missedCall: true },
            note,
          );
        }
        change.announce();
        return toCallView(change.record);
      });
    },
  };
}

export type CallDeskService = ReturnType<typeof createCallDeskService>;
