import { randomUUID } from 'node:crypto';
import type { BlockedNumber, PbxSummary } from '@shared/schemas/admin-telephony';
import type { Agent } from '@shared/schemas/agent';
import type { CallPop, CallView, ContactSummary, Disposition } from '@shared/schemas/call';
import type { Address, CaseSummary, Customer, CustomerSearchHit, Identity } from '@shared/schemas/customer';
import type { TimelineEvent } from '@shared/schemas/timeline';

/** Builders for API objects as the server sends them: sensible defaults, any field overridable. */

export function buildAgent(overrides: Partial<Agent> = {}): Agent {
  return {
    id: randomUUID(),
    email: 'camille.laurent@example.test',
    displayName: 'Camille Laurent',
    role: 'agent',
    skills: ['general'],
    capacity: { voice: 1, chat: 3, email: 5 },
    presence: 'available',
    presenceChangedAt: '2026-11-22T08:00:00.000Z',
    extension: null,
    locale: null,
    ...overrides,
  };
}

export function buildIdentity(overrides: Partial<Identity> = {}): Identity {
  return {
    id: randomUUID(),
    kind: 'phone',
    value: '+33142685300',
    rawValue: '01 42 68 53 00',
    valid: true,
    verified: false,
    primary: false,
    ...overrides,
  };
}

export function buildAddress(overrides: Partial<Address> = {}): Address {
  return {
    id: randomUUID(),
    role: 'home',
    line1: '3 avenue Foch',
    line2: null,
    postalCode: '69006',
    city: 'Lyon',
    country: 'FR',
    validFrom: '2026-04-01',
    validTo: null,
    ...overrides,
  };
}

export function buildCase(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: randomUUID(),
    subject: 'Line cut after moving house',
    status: 'open',
    category: 'request',
    priority: 0,
    dueAt: '2026-11-25T17:00:00.000Z',
    overdue: false,
    owner: { kind: 'agent', id: randomUUID(), name: 'Camille Laurent' },
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function buildCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: randomUUID(),
    kind: 'person',
    displayName: 'Émilie Dupin',
    givenName: 'Émilie',
    familyName: 'Dupin',
    companyName: null,
    salutation: null,
    preferredLanguage: null,
    identities: [
      buildIdentity({ primary: true }),
      buildIdentity({
        kind: 'email',
        value: 'emilie.dupin@example.fr',
        rawValue: 'Emilie.Dupin@example.fr',
        primary: true,
      }),
    ],
    addresses: [buildAddress()],
    openCases: [],
    flags: [],
    createdAt: '2020-01-15T10:00:00.000Z',
    ...overrides,
  };
}

/** What the search endpoint returns for a customer. */
export function buildSearchHit(customer: Customer, overrides: Partial<CustomerSearchHit> = {}): CustomerSearchHit {
  const primary = (kind: Identity['kind']) =>
    customer.identities.find((identity) => identity.kind === kind && identity.primary)?.value ?? null;
  return {
    id: customer.id,
    displayName: customer.displayName,
    matchedBy: 'name',
    primaryPhone: primary('phone'),
    primaryEmail: primary('email'),
    city: customer.addresses[0]?.city ?? null,
    ...overrides,
  };
}

let eventSequence = 1000;

export function buildTimelineEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  eventSequence += 1;
  return {
    id: String(eventSequence),
    customerId: randomUUID(),
    occurredAt: '2026-11-22T09:00:00.000Z',
    channel: 'note',
    type: 'note.added',
    body: 'Customer asked about the last bill.',
    contactId: null,
    caseId: null,
    actor: { kind: 'agent', id: randomUUID(), name: 'Camille Laurent' },
    payload: {},
    ...overrides,
  };
}

/** `count` notes "history note 1" (oldest) … "history note N" (newest), one minute apart, newest first. */
export function buildTimelineHistory(
  customerId: string,
  count: number,
  newestAt = '2026-11-22T12:00:00.000Z',
): TimelineEvent[] {
  const newest = Date.parse(newestAt);
  return Array.from({ length: count }, (_, index) => {
    const number = count - index;
    return buildTimelineEvent({
      id: String(number),
      customerId,
      occurredAt: new Date(newest - index * 60_000).toISOString(),
      body: `history note ${number}`,
    });
  });
}

let callVersion = 0;

/** A call as the server shows it: an inbound call ringing for nobody in particular, from a known French number. */
export function buildCallView(overrides: Partial<CallView> = {}): CallView {
  callVersion += 1;
  return {
    id: randomUUID(),
    pbxCallId: `pbx-${callVersion}`,
    direction: 'inbound',
    state: 'ringing',
    party: { raw: '0142685300', e164: '+33142685300', status: 'known' },
    line: '+33 1 80 20 30 40',
    queueName: 'Facturation',
    customerId: null,
    candidateCustomerIds: [],
    ringingAgentIds: [],
    agent: null,
    startedAt: new Date().toISOString(),
    answeredAt: null,
    endedAt: null,
    heldSince: null,
    holdSeconds: 0,
    talkSeconds: null,
    wrapUpSeconds: null,
    cause: null,
    disposition: null,
    handledAt: null,
    version: 1,
    ...overrides,
  };
}

export function buildContactSummary(overrides: Partial<ContactSummary> = {}): ContactSummary {
  return {
    id: randomUUID(),
    channel: 'voice',
    direction: 'inbound',
    state: 'ended',
    startedAt: '2026-11-20T10:00:00.000Z',
    endedAt: '2026-11-20T10:06:00.000Z',
    agentName: 'Pieter Janssens',
    queueName: 'Facturation',
    subject: 'Bill higher than usual',
    disposition: 'resolved',
    ...overrides,
  };
}

/** The screen pop for a call: with `customer`, the call is already linked to them. */
export function buildCallPop({
  call: callOverrides,
  ...overrides
}: Partial<Omit<CallPop, 'call'>> & { call?: Partial<CallView> } = {}): CallPop {
  const customer = overrides.customer ?? null;
  const call = buildCallView({
    customerId: customer?.id ?? null,
    candidateCustomerIds: (overrides.candidates ?? []).map((candidate) => candidate.id),
    ...callOverrides,
  });
  return { customer, candidates: [], recentContacts: [], ...overrides, call };
}

export function buildDisposition(code: string, en: string, fr: string): Disposition {
  return { code, label: { en, fr } };
}

export function buildPbx(overrides: Partial<PbxSummary> = {}): PbxSummary {
  return {
    id: 'pbx-1',
    name: 'Asterisk Paris',
    signed: true,
    createdAt: '2026-11-01T09:00:00.000Z',
    revokedAt: null,
    lastEventAt: null,
    ...overrides,
  };
}

export function buildBlockedNumber(overrides: Partial<BlockedNumber> = {}): BlockedNumber {
  return {
    id: 'blocked-1',
    value: '+33612345678',
    reason: 'Nuisance calls',
    createdAt: '2026-11-10T10:00:00.000Z',
    ...overrides,
  };
}
