import { buildHistory } from './demo-history';
import type { AddressRow, CaseRow, ContactRow, CustomerRow, EventRow, IdentityRow } from './demo-model';
import { buildPeople, type Uniques } from './demo-people';
import { buildShowcase } from './demo-showcase';
import type { AgentRow, QueueRow } from './demo-staff';
import { createWorld } from './demo-world';
import { SeededRandom } from '@shared/utils/seeded-random';

/** Fixed seed: every run builds the same people, numbers and histories. */
export const DEMO_RANDOM_SEED = 0x0c0ffee5;
export const DEMO_CUSTOMER_COUNT = 300;

export interface DemoData {
  agents: AgentRow[];
  queues: QueueRow[];
  customers: CustomerRow[];
  identities: IdentityRow[];
  addresses: AddressRow[];
  cases: CaseRow[];
  contacts: ContactRow[];
  /** Oldest first, so identity ids follow time. */
  events: EventRow[];
}

/**
 * Builds the whole demo contact centre in memory (no database): customers with identities and
 * addresses, then their histories handled by the given team in the given queues.
 */
export function buildDemoData(now: Date, agents: AgentRow[], queues: QueueRow[]): DemoData {
  const root = new SeededRandom(DEMO_RANDOM_SEED);
  // Separate streams: changing the histories does not change the people, and the reverse.
  const peopleRng = root.fork();
  const historyRng = root.fork();
  const uniques: Uniques = { phones: new Set(), emails: new Set(), accounts: new Set() };
  const showcase = buildShowcase(peopleRng, now, uniques);
  const people = [...showcase, ...buildPeople(peopleRng, now, DEMO_CUSTOMER_COUNT - showcase.length, uniques)];

  const world = createWorld(historyRng, now, agents, queues);
  for (const person of people) buildHistory(world, person.history);
  // The builders keep everything in the past (the test checks it over many dates); this is a guard.
  const events = world.events
    .filter((e) => e.occurredAt.getTime() <= now.getTime())
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return {
    agents,
    queues,
    customers: people.map((p) => p.customer),
    identities: people.flatMap((p) => p.identities),
    addresses: people.flatMap((p) => p.addresses),
    cases: world.cases,
    contacts: world.contacts,
    events,
  };
}

export function countDemoData(data: DemoData): Record<string, number> {
  return {
    agents: data.agents.length,
    queues: data.queues.length,
    customers: data.customers.length,
    identities: data.identities.length,
    addresses: data.addresses.length,
    cases: data.cases.length,
    openCases: data.cases.filter((c) => c.status !== 'closed').length,
    contacts: data.contacts.length,
    timelineEvents: data.events.length,
  };
}
