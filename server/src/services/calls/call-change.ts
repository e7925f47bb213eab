import type { TimelineEventType, TimelinePayload } from '@shared/schemas/timeline';
import type { CallRecord, NewCallRow } from '../../db/repositories/calls.repository';
import { callsRepository } from '../../db/repositories/calls.repository';
import { changeContact, transitionContact } from '../../db/repositories/contact-lifecycle.repository';
import type { ContactChanges, ContactRow } from '../../db/repositories/contacts.repository';
import { customersRepository } from '../../db/repositories/customers.repository';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { ContactState } from '../../domain/contacts/contact-lifecycle';
import type { EventBus } from '../../events/bus';
import type { TimelineService } from '../timeline.service';
import { toCallView } from './call-view';

export interface CallChangeDeps {
  bus: EventBus;
  timeline: TimelineService;
}

export type CallActor =
  | { kind: 'agent'; id: string; name: string }
  | { kind: 'customer'; name?: string }
  | { kind: 'system' };

/**
 * One change to one call inside a transaction: updates the contact (its state through the
 * lifecycle) and the call row, bumps the version, writes the customer's timeline, and after commit
 * tells desks what changed.
 */
export class CallChange {
  private newlyRinging: string[] = [];
  private readonly involved = new Set<string>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly deps: CallChangeDeps,
    public record: CallRecord,
  ) {
    if (record.contact.agentId) this.involved.add(record.contact.agentId);
  }

  /** Changes the call's columns, not its state. */
  update(contact: ContactChanges, call: Partial<NewCallRow> = {}, agentName?: string | null): Promise<void> {
    return this.apply(
      (changes) => changeContact(this.uow.tx, this.record.contact.id, changes),
      contact,
      call,
      agentName,
    );
  }

  /** Moves the call's contact to `state` (refused if the lifecycle does not allow it), with the columns that go with it. */
  moveTo(
    state: ContactState,
    contact: ContactChanges,
    call: Partial<NewCallRow> = {},
    agentName?: string | null,
  ): Promise<void> {
    return this.apply(
      (changes) => transitionContact(this.uow.tx, this.record.contact.id, state, changes),
      contact,
      call,
      agentName,
    );
  }

  private async apply(
    write: (changes: ContactChanges) => Promise<ContactRow>,
    contact: ContactChanges,
    call: Partial<NewCallRow>,
    agentName: string | null | undefined,
  ): Promise<void> {
    const updatedContact = await write({ ...contact, version: this.record.contact.version + 1, updatedAt: new Date() });
    const updatedCall = Object.keys(call).length
      ? await callsRepository.update(this.uow.tx, this.record.call.contactId, call)
      : this.record.call;
    this.record = {
      contact: updatedContact,
      call: updatedCall,
      agentName: agentName !== undefined ? agentName : this.record.agentName,
    };
    if (updatedContact.agentId) this.involved.add(updatedContact.agentId);
  }

  ringFor(agentIds: string[]): void {
    this.newlyRinging.push(...agentIds);
    for (const id of agentIds) this.involved.add(id);
  }

  involve(agentId: string): void {
    this.involved.add(agentId);
  }

  /** Appends to the customer's timeline when the caller is known; unknown callers get theirs when linked. */
  async onTimeline(
    type: TimelineEventType,
    at: Date,
    actor: CallActor,
    payload: TimelinePayload,
    body: string | null = null,
  ): Promise<void> {
    const customerId = this.record.contact.customerId;
    if (!customerId) return;
    let actorFields: { actorKind: string; actorId: string | null; actorName: string | null };
    if (actor.kind === 'agent') actorFields = { actorKind: 'agent', actorId: actor.id, actorName: actor.name };
    else if (actor.kind === 'customer') {
      const name = actor.name ?? (await customersRepository.findById(this.uow.tx, customerId))?.displayName ?? null;
      actorFields = { actorKind: 'customer', actorId: customerId, actorName: name };
    } else actorFields = { actorKind: 'system', actorId: null, actorName: null };
    await this.deps.timeline.append(this.uow, {
      customerId,
      occurredAt: at,
      channel: 'voice',
      type,
      body,
      contactId: this.record.contact.id,
      caseId: this.record.contact.caseId,
      payload,
      ...actorFields,
    });
  }

  /** Queue the push; call once all changes are made. */
  announce(): void {
    const call = toCallView(this.record);
    const newlyRinging = [...new Set(this.newlyRinging)];
    const involvedAgentIds = [...this.involved];
    this.uow.afterCommit(() => this.deps.bus.emit('call.changed', { call, newlyRinging, involvedAgentIds }));
  }
}
